/** Problems found in a file, one row each: where (its JSON path) and what. */
export function IssueTable({
  issues,
  pathHeading,
  messageHeading,
  testId,
}: {
  issues: readonly { path: string; message: string }[];
  pathHeading: string;
  messageHeading: string;
  testId?: string;
}) {
  return (
    <table className="issues" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{pathHeading}</th>
          <th scope="col">{messageHeading}</th>
        </tr>
      </thead>
      <tbody>
        {issues.map((issue, index) => (
          <tr key={index}>
            <td>
              <code>{issue.path}</code>
            </td>
            <td>{issue.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

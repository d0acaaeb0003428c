import { issueText, type FileIssue } from '../../../engine/text/file-issue';
import { useLang } from '../instances/use-lang';

/** Problems found in a file, one row each: where (its JSON path) and what, in the UI language. */
export function IssueTable({
  issues,
  pathHeading,
  messageHeading,
  testId,
}: {
  issues: readonly FileIssue[];
  pathHeading: string;
  messageHeading: string;
  testId?: string;
}) {
  const lang = useLang();
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
            <td>{issueText(issue, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Problems whose path has no field on screen: listed, so no validation message is ever lost. */
export function UnclaimedErrors({ messages }: { messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul className="line-card__errors" role="alert">
      {messages.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}

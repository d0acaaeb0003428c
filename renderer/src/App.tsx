export function App() {
  return (
    <main>
      <h1>CloudSizer</h1>
    </main>
  );
}

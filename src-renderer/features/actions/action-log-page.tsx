/** Placeholder while this screen is being built; replaced by its real component. */
export function ActionLogPage(props: { bodyId: string }) {
  return <p>This screen is not built yet ({props.bodyId}).</p>;
}

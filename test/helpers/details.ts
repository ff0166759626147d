/**
 * Opens every closed `<details>` in the widget and waits for what opening renders: the
 * scorecard draws a criterion's evidence and notes only once it is opened, and hostile text
 * and URLs must be checked there too.
 */
export async function openAllDetails(el: HTMLElement & { updateComplete?: Promise<unknown> }): Promise<void> {
  const closed = [...(el.shadowRoot?.querySelectorAll('details:not([open])') ?? [])] as HTMLDetailsElement[];
  if (!closed.length) return;
  closed.forEach((d) => (d.open = true));
  // `toggle` is fired from a task, not synchronously.
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

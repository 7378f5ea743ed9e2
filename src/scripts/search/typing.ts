/** Wait this long after a keystroke: a fast typist's query is searched once, when they pause. */
const TYPING_PAUSE_MS = 150;

/** Calls `run` once the reader stops typing in `input` for a moment. */
export function onTypingPause(input: HTMLInputElement, run: () => void): void {
  let pause: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(pause);
    pause = setTimeout(run, TYPING_PAUSE_MS);
  });
}

/** Fills "{name}" slots of a sentence frame; an unknown slot stays as written so a typo shows in the output. */
export function fill(frame: string, slots: Readonly<Record<string, string>>): string {
  return frame.replace(/\{(\w+)\}/g, (whole, name: string) => slots[name] ?? whole);
}

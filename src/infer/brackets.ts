// Whether text holds its brackets together: shared by what learning takes for a title and by
// where it lets an optional part begin and end.

/** Whether every bracket the text closes it opened, and the other way round. */
export function balanced(text: string): boolean {
  let square = 0;
  let round = 0;
  for (const char of text) {
    if (char === '[') square += 1;
    else if (char === ']') square -= 1;
    else if (char === '(') round += 1;
    else if (char === ')') round -= 1;
    if (square < 0 || round < 0) return false;
  }
  return square === 0 && round === 0;
}

/** Whether text holds both halves of its brackets and of its bold. */
export function wholeMarkup(text: string): boolean {
  return balanced(text) && (text.match(/\*\*/g)?.length ?? 0) % 2 === 0;
}

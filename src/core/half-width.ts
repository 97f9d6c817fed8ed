// Chinese input methods type full-width forms (１２３，４５６．７８ / ＡＢＣ / （）) that look like the
// ASCII ones but compare unequal. Every text comparison and parser in the core folds them first.

/** Folds full-width ASCII forms (U+FF01–U+FF5E), the ideographic space and the full-width yen sign to their ASCII / half-width forms. */
export function toHalfWidth(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else if (code === 0xffe5) out += "¥"; // ￥ FULLWIDTH YEN SIGN
    else if (code === 0xffe0) out += "¢";
    else if (code === 0xffe1) out += "£";
    else out += ch;
  }
  return out;
}

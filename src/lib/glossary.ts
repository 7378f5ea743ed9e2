/**
 * Matching a glossary term against the Law clause that defines it (Điều 5). The definition on
 * the glossary page is the clause itself, so the only thing an editor types is the term.
 */
import { toNfc } from './vietnamese';

const CLAUSE_NUMBER = /^\d+\.\s+/;
/** What follows a defined term in Điều 5: an optional abbreviation "(GDI)", then "là" or "chỉ". */
const DEFINING_VERB = /^\s*(\([^)]*\))?\s*(là|chỉ)\s/u;

/** Clause text without its number: "3. Bình đẳng giới là …" → "Bình đẳng giới là …". */
export function clauseBody(clauseText: string): string {
  return clauseText.replace(CLAUSE_NUMBER, '');
}

export interface DefinitionParts {
  /** The term exactly as the Law writes it. */
  term: string;
  /** The rest of the clause, verbatim. */
  rest: string;
}

/**
 * Splits a defining clause into the term and the rest, or returns null when the clause does not
 * define `term` ("Giới" does not match "Giới tính chỉ …"). Case-insensitive on the term only.
 */
export function splitDefinition(clauseText: string, term: string): DefinitionParts | null {
  const body = clauseBody(toNfc(clauseText));
  const wanted = toNfc(term).trim();
  const head = body.slice(0, wanted.length);
  if (head.toLocaleLowerCase('vi') !== wanted.toLocaleLowerCase('vi')) return null;
  const rest = body.slice(wanted.length);
  if (!DEFINING_VERB.test(rest)) return null;
  return { term: head, rest };
}

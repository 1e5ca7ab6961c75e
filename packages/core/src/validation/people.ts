import type { MinutesConfig, Organisation } from "../config/config.js";
import type { Attendee, Document } from "../model/ast.js";

/*
 * The initials table of one meeting: who is declared under which initials, and which
 * organisation each person belongs to. A group is an organisation only when the config
 * names it (`DCC`), not when it is a constituency (`Large Suppliers`).
 */

export interface Person {
  readonly attendee: Attendee;
  readonly organisation: string | undefined;
}

export class People {
  readonly all: readonly Person[];
  private readonly byInitials = new Map<string, Person[]>();

  constructor(doc: Document, readonly config: MinutesConfig) {
    this.all = (doc.attendees?.attendees ?? []).map((attendee) => ({ attendee, organisation: this.organisationOf(attendee) }));
    for (const person of this.all) {
      const key = person.attendee.initials.text;
      const list = this.byInitials.get(key);
      if (list) list.push(person);
      else this.byInitials.set(key, [person]);
    }
  }

  private surnames: Map<string, Person[]> | undefined;

  /** Attendees whose name ends with this word. */
  withSurname(word: string): readonly Person[] {
    if (!this.surnames) {
      this.surnames = new Map();
      for (const person of this.all) {
        const surname = person.attendee.name.text.trim().split(/\s+/).at(-1) ?? "";
        const list = this.surnames.get(surname);
        if (list) list.push(person);
        else this.surnames.set(surname, [person]);
      }
    }
    return this.surnames.get(word) ?? [];
  }

  withInitials(initials: string): readonly Person[] {
    return this.byInitials.get(initials) ?? [];
  }

  initials(): string[] {
    return [...this.byInitials.keys()];
  }

  /** The organisation a phrase names (`The DCC`, `BEIS (Secretary of State)`), by its config name. */
  organisationNamed(text: string): string | undefined {
    return findOrganisation(text.trim(), this.config.organisations)?.name;
  }

  private organisationOf(attendee: Attendee): string | undefined {
    if (attendee.organisationNote) return this.organisationNamed(attendee.organisationNote) ?? attendee.organisationNote;
    for (const group of [attendee.group, attendee.category]) {
      const name = group && this.organisationNamed(group.name.text);
      if (name) return name;
    }
    return undefined;
  }
}

function normalise(text: string): string {
  return text.replace(/^the\s+/i, "").replace(/\s+/g, " ").toLowerCase();
}

export function findOrganisation(text: string, organisations: readonly Organisation[]): Organisation | undefined {
  const wanted = normalise(text);
  return organisations.find((o) => [o.name, ...(o.aliases ?? [])].some((n) => normalise(n) === wanted));
}

/** The organisation whose name (or alias) the text ends with, as in `The DCC` before `(DKi)`. */
export function organisationAtEnd(text: string, organisations: readonly Organisation[]): Organisation | undefined {
  let best: { org: Organisation; length: number } | undefined;
  for (const org of organisations) {
    for (const name of [org.name, ...(org.aliases ?? [])]) {
      if (!text.endsWith(name)) continue;
      const before = text.charAt(text.length - name.length - 1);
      if (before && /[A-Za-z0-9]/.test(before)) continue;
      if (!best || name.length > best.length) best = { org, length: name.length };
    }
  }
  return best?.org;
}

/** Initials in the document's own style for two people who share them: `AH` -> `AHa`, `AHe` (second letter of the surname). */
export function distinctInitials(initials: string, people: readonly Person[]): string[] {
  return people.map((p) => {
    const surname = p.attendee.name.text.trim().split(/\s+/).at(-1) ?? "";
    const letter = surname.charAt(1).toLowerCase();
    return letter ? `${initials}${letter}` : initials;
  });
}

import type { MinutesConfig, Organisation } from "../config/config.js";
import { normaliseName, tablesOf } from "../config/derived.js";
import type { Attendee, Document } from "../model/ast.js";
import { straightApostrophes } from "../text/letters.js";

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
        const surname = surnameOf(person);
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

  /** Names already looked up: the attendees of a group share its name, so each is read once. */
  private named: Map<string, string | undefined> | undefined;

  /** The organisation a phrase names (`The DCC`, `BEIS (Secretary of State)`), by its config name. */
  organisationNamed(text: string): string | undefined {
    this.named ??= new Map();
    if (this.named.has(text)) return this.named.get(text);
    const name = findOrganisation(text, this.config)?.name;
    this.named.set(text, name);
    return name;
  }

  private organisationOf(attendee: Attendee): string | undefined {
    if (attendee.organisationNote) {
      // `(of SECAS (Gemserv))`: the organisation is named before the bracket that says more of it.
      const named = this.organisationNamed(attendee.organisationNote) ?? this.organisationNamed(attendee.organisationNote.replace(/\s*\([^()]*\)\s*$/, ""));
      return named ?? attendee.organisationNote;
    }
    // `KL   Karen Lee   (DCC)`: a note that is an organisation's name says it, as `(of DCC)` does.
    for (const note of attendee.notes) {
      const name = note.note === "other" ? this.organisationNamed(note.text) : undefined;
      if (name) return name;
    }
    for (const group of [attendee.group, attendee.category]) {
      const name = group && this.organisationNamed(group.name.text);
      if (name) return name;
    }
    return undefined;
  }
}

export function findOrganisation(text: string, config: MinutesConfig): Organisation | undefined {
  return tablesOf(config).organisationByName.get(normaliseName(text.trim()));
}

/** The organisation whose name (or alias) the text ends with, as in `The DCC` before `(DKi)`; the longest name wins. */
export function organisationAtEnd(text: string, config: MinutesConfig): Organisation | undefined {
  for (const { name, organisation } of tablesOf(config).organisationNames) {
    if (!text.endsWith(name)) continue;
    const before = text.length > name.length ? text.charCodeAt(text.length - name.length - 1) : -1;
    if (isAlphanumeric(before)) continue;
    return organisation;
  }
  return undefined;
}

function isAlphanumeric(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Initials in the document's own style for two people who share them: `AH` -> `AHa`, `AHe` (second letter of the surname). */
export function distinctInitials(initials: string, people: readonly Person[]): string[] {
  return people.map((p) => {
    const surname = surnameOf(p);
    const letter = surname.charAt(1).toLowerCase();
    return letter ? `${initials}${letter}` : initials;
  });
}

/** The last word of an attendee's name: `Kang` for Del Kang, `O'Neill` (with a straight apostrophe) for Siobhán O’Neill. */
function surnameOf(person: Person): string {
  return straightApostrophes(person.attendee.name.text.trim().split(/\s+/).at(-1) ?? "");
}

/**
 * The organisation that applies now (content/so-do/), for the lineage page: the newest file by
 * `apDungTu`, with its update notices. The content check has made sure there is one and that its
 * sources add up; an unknown notice fails the build naming the field.
 */
import { getCollection } from 'astro:content';
import { compareViDates, parseViDate } from '../lib/dates';
import type { Governance } from '../lib/governance-schema';
import { entryFile } from './catalog';
import { resolveNotices, type AttachedNotice } from './notes';

export async function getCurrentGovernance(): Promise<{ chain: Governance; notices: AttachedNotice[] }> {
  const entries = await getCollection('soDo');
  const latest = entries.sort((a, b) => compareViDates(parseViDate(b.data.apDungTu)!, parseViDate(a.data.apDungTu)!))[0]!;
  return { chain: latest.data, notices: await resolveNotices(latest.data.capNhat, entryFile(latest, 'so-do')) };
}

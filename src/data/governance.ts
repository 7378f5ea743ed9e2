/**
 * The organisation that applies now (content/so-do/), for the lineage page: the newest file by
 * `apDungTu`. The content check has made sure there is one and that its sources add up.
 */
import { getCollection } from 'astro:content';
import { compareViDates, parseViDate } from '../lib/dates';
import type { Governance } from '../lib/governance-schema';

export async function getCurrentGovernance(): Promise<Governance> {
  const entries = await getCollection('soDo');
  return entries.sort((a, b) => compareViDates(parseViDate(b.data.apDungTu)!, parseViDate(a.data.apDungTu)!))[0]!.data;
}

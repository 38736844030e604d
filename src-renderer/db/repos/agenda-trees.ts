import { positionBetween, tidyName, validateItemInput } from '../../domain';
import type { AgendaItem, Classification, Id, ItemInput } from '../../domain';
import { created, type DataContext } from '../context';
import { DataError } from '../errors';
import { editableMeeting } from '../guards';

/** An item to add with its sub-items, as an agenda import gives it. */
export interface NewItemTree {
  title: string;
  presenter: string;
  paperRefs: readonly string[];
  classification: Classification;
  plannedMinutes: number | null;
  children: readonly NewItemTree[];
}

/** The most items one import adds (an agenda import refuses more before it gets here). */
export const maxImportedItems = 500;

/**
 * Adds items with their sub-items after the agenda's last item, all in one transaction: every
 * item is checked first, and one bad field (named with its number in the import) refuses the
 * whole import, so nothing is half-added. Returns the ids of the new top-level items.
 */
export async function addItemTrees(
  ctx: DataContext,
  meetingId: Id,
  trees: readonly NewItemTree[],
): Promise<Id[]> {
  const { db } = ctx;
  const planned: { tree: NewItemTree; fields: ItemInput; number: string }[] = [];
  const check = (list: readonly NewItemTree[], prefix: string) => {
    list.forEach((tree, index) => {
      const number = `${prefix}${String(index + 1)}`;
      const fields: ItemInput = {
        title: tidyName(tree.title),
        presenter: tidyName(tree.presenter),
        paperRefs: tree.paperRefs.map((r) => r.trim()).filter((r) => r !== ''),
        classification: tree.classification,
        plannedMinutes: tree.plannedMinutes,
        status: 'pending',
        publicSummary: '',
      };
      const first = Object.values(validateItemInput(fields))[0];
      if (first !== undefined) {
        throw new DataError(`Imported item ${number} (“${fields.title}”): ${first}`, 'invalid');
      }
      planned.push({ tree, fields, number });
      check(tree.children, `${number}.`);
    });
  };
  check(trees, '');
  if (planned.length > maxImportedItems) {
    throw new DataError(
      `An import adds at most ${String(maxImportedItems)} items; this one has ${String(planned.length)}.`,
      'invalid',
    );
  }
  const fieldsOf = new Map(planned.map((p) => [p.tree, p.fields]));
  return db.transaction('rw', db.meetings, db.agendaItems, async () => {
    await editableMeeting(ctx, meetingId);
    const items = await db.agendaItems.where('meetingId').equals(meetingId).toArray();
    const audit = created(ctx);
    const rows: AgendaItem[] = [];
    const build = (list: readonly NewItemTree[], parentId: Id | null, after: string | null) => {
      let position = after;
      return list.map((tree) => {
        position = positionBetween(position, null);
        const fields = fieldsOf.get(tree);
        if (fields === undefined) {
          throw new DataError('The import changed while it was written.', 'conflict');
        }
        const item: AgendaItem = {
          id: ctx.newId(),
          meetingId,
          parentId,
          exemption: '',
          position,
          ...fields,
          paperRefs: [...fields.paperRefs],
          kind: 'standard',
          standing: false,
          startedAt: null,
          spentSeconds: 0,
          ...audit,
        };
        rows.push(item);
        build(tree.children, item.id, null);
        return item.id;
      });
    };
    let lastTop: string | null = null;
    for (const item of items) {
      if (item.parentId === null && (lastTop === null || item.position > lastTop)) {
        lastTop = item.position;
      }
    }
    const ids = build(trees, null, lastTop);
    await db.agendaItems.bulkAdd(rows);
    return ids;
  });
}

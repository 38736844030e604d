import { describe, expect, it } from 'vitest';
import type { OutstandingPlacement } from '../../../src-renderer/domain';
import { buildMinutes, type DocBlock } from '../../../src-renderer/minutes';
import { loadFixture, meetingOf } from './minutes-support';

function blocksWith(placement: OutstandingPlacement): DocBlock[] {
  const archive = loadFixture();
  const { body, meeting } = meetingOf(archive);
  body.outstandingPlacement = placement;
  return buildMinutes(archive, meeting.id, 'confidential').blocks;
}

const isOutstanding = (b: DocBlock) => b.kind === 'table' && b.caption === 'Actions Outstanding';
const headingAt = (blocks: DocBlock[], text: string) =>
  blocks.findIndex((b) => b.kind === 'heading' && b.text === text);

describe('where the outstanding actions go', () => {
  it("'item': the table inside the actions-outstanding item, no appendix", () => {
    const blocks = blocksWith('item');
    const table = blocks.findIndex(isOutstanding);
    const item = headingAt(blocks, 'Minutes and Actions Outstanding');
    expect(table).toBeGreaterThan(item);
    expect(item).toBeGreaterThanOrEqual(0);
    // Before the next item's heading.
    expect(blocks.slice(item + 1, table).some((b) => b.kind === 'heading')).toBe(false);
    expect(headingAt(blocks, 'Appendix: Actions outstanding')).toBe(-1);
  });

  it("'appendix': an unnumbered heading and the table after the summary of actions", () => {
    const blocks = blocksWith('appendix');
    const summary = headingAt(blocks, 'Summary of actions');
    const appendix = headingAt(blocks, 'Appendix: Actions outstanding');
    expect(summary).toBeGreaterThan(0);
    expect(appendix).toBeGreaterThan(summary);
    expect(blocks[appendix]).toMatchObject({ level: 1, number: '' });
    expect(blocks.findIndex(isOutstanding)).toBe(appendix + 1);
    expect(blocks.filter(isOutstanding)).toHaveLength(1);
    // The item stays, without its table.
    expect(headingAt(blocks, 'Minutes and Actions Outstanding')).toBeGreaterThanOrEqual(0);
  });

  it("'none': no table anywhere", () => {
    const blocks = blocksWith('none');
    expect(blocks.some(isOutstanding)).toBe(false);
    expect(headingAt(blocks, 'Appendix: Actions outstanding')).toBe(-1);
    expect(headingAt(blocks, 'Minutes and Actions Outstanding')).toBeGreaterThanOrEqual(0);
  });
});

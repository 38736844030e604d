import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type Modifier,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useMemo, useState } from 'react';
import { moveItemTo } from '../../db';
import type { Id } from '../../domain';
import { useReportError } from '../shared/use-report-error';
import { useServices } from '../shell/app-context';
import { AgendaItemRow } from './agenda-item-row';
import type { AgendaNode } from './agenda-tree';
import { dragAnnouncements, dragInstructions } from './drag-announcements';

/** Items move up and down only; a sideways drift would only look loose. */
const verticalOnly: Modifier = ({ transform }) => ({ ...transform, x: 0 });

/**
 * One list of sibling items (the top level, or one item's sub-items) that can be reordered by
 * dragging a handle with the mouse or the keyboard. Each list has its own drag context, so an
 * item can only land among its own siblings, and a dragged item carries its sub-items along.
 */
export function SortableList(props: {
  nodes: readonly AgendaNode[];
  label: string;
  locked: boolean;
}) {
  const { nodes, locked } = props;
  const { data } = useServices();
  const report = useReportError();
  // The order a drop asked for, shown until the stored order (a new `nodes`) arrives, so the
  // dropped row does not jump back for the moment the write takes.
  const [dropped, setDropped] = useState<{ base: readonly AgendaNode[]; order: Id[] } | null>(null);
  const shown = dropped?.base === nodes ? inOrder(nodes, dropped.order) : nodes;
  const ids = shown.map((n) => n.item.id);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const announcements = useMemo(() => dragAnnouncements(shown), [shown]);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = ids.indexOf(String(active.id));
    const to = ids.indexOf(String(over.id));
    if (from < 0 || to < 0) return;
    const order = arrayMove(ids, from, to);
    setDropped({ base: nodes, order });
    moveItemTo(data, String(active.id), order[to - 1] ?? null, order[to + 1] ?? null).catch(
      (error: unknown) => {
        setDropped(null);
        report(error);
      },
    );
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      modifiers={[verticalOnly]}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: dragInstructions }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy} disabled={locked}>
        <ol className="agenda-list" aria-label={props.label}>
          {shown.map((node, index) => (
            <SortableItem
              key={node.item.id}
              node={node}
              locked={locked}
              isFirst={index === 0}
              isLast={index === shown.length - 1}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

function SortableItem(props: {
  node: AgendaNode;
  locked: boolean;
  isFirst: boolean;
  isLast: boolean;
}) {
  const { node, locked } = props;
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: node.item.id, disabled: locked });
  const label = `item ${node.number}`;
  const handle = locked ? null : (
    <button
      type="button"
      ref={setActivatorNodeRef}
      className="drag-handle"
      {...attributes}
      {...listeners}
      aria-label={`Drag ${label} to reorder`}
      title="Drag to reorder (or Space, then ↑/↓)"
    >
      <GripIcon />
    </button>
  );
  return (
    <li
      ref={setNodeRef}
      style={{
        transform: CSS.Translate.toString(transform),
        transition: transition,
      }}
      className={isDragging ? 'agenda-entry dragging' : 'agenda-entry'}
      data-testid="agenda-item"
      aria-label={
        node.number !== '' ? `Item ${node.number}: ${node.item.title}` : `Item: ${node.item.title}`
      }
    >
      <AgendaItemRow
        item={node.item}
        number={node.number}
        depth={node.depth}
        confidentialBy={node.confidentialBy}
        locked={locked}
        isFirst={props.isFirst}
        isLast={props.isLast}
        handle={handle}
      />
      {node.children.length > 0 && (
        <SortableList nodes={node.children} label={`Sub-items of ${label}`} locked={locked} />
      )}
    </li>
  );
}

function inOrder(nodes: readonly AgendaNode[], order: readonly Id[]): AgendaNode[] {
  const byId = new Map(nodes.map((n) => [n.item.id, n]));
  const out = order.map((id) => byId.get(id)).filter((n) => n !== undefined);
  return out.length === nodes.length ? out : [...nodes];
}

function GripIcon() {
  return (
    <svg width="14" height="20" viewBox="0 0 14 20" aria-hidden="true" focusable="false">
      {[4, 10, 16].map((y) => (
        <g key={y}>
          <circle cx="4" cy={y} r="1.7" />
          <circle cx="10" cy={y} r="1.7" />
        </g>
      ))}
    </svg>
  );
}

import { useState } from 'react';
import type { ToolTranslate } from '../../../ui/i18n/toolTranslator.ts';
import type { TourLang } from '../../player/tourTypes.ts';
import type { HeritageMessageKey } from '../heritageMessages.ts';
import { moveStop, removeStop, updateStop, type DraftStop } from './draftDocument.ts';
import { StopEditor } from './StopEditor.tsx';
import type { TourDocument } from '../toursApi.ts';

/** Props of {@link StopListEditor}. */
export interface StopListEditorProps {
  doc: TourDocument;
  onChange: (doc: TourDocument) => void;
  columns: readonly [TourLang, TourLang];
  /** The camera now, for "use the current view". */
  readView: () => DraftStop['view'] | undefined;
  /** The catalog layers shown now. */
  visibleLayers: () => string[];
  t: ToolTranslate<HeritageMessageKey>;
}

/** The stops, reordered by drag and drop (HTML5) or the ↑/↓ buttons (keyboard-accessible). */
export function StopListEditor({ doc, onChange, columns, readView, visibleLayers, t }: StopListEditorProps) {
  const [dragFrom, setDragFrom] = useState<number>();
  const [dropAt, setDropAt] = useState<number>();
  return (
    <ol className="stop-list-editor" data-testid="stop-list-editor">
      {doc.stops.map((stop, i) => (
        <li
          key={`${i}-${stop.id}`}
          draggable
          className={dropAt === i && dragFrom !== i ? 'drop-target' : undefined}
          onDragStart={(e) => {
            setDragFrom(i);
            e.dataTransfer.effectAllowed = 'move';
            e.dataTransfer.setData('text/plain', String(i));
          }}
          onDragOver={(e) => {
            e.preventDefault();
            setDropAt(i);
          }}
          onDragEnd={() => {
            setDragFrom(undefined);
            setDropAt(undefined);
          }}
          onDrop={(e) => {
            e.preventDefault();
            const from = Number(e.dataTransfer.getData('text/plain'));
            if (Number.isInteger(from)) onChange(moveStop(doc, from, i));
            setDragFrom(undefined);
            setDropAt(undefined);
          }}
        >
          <StopEditor
            stop={stop}
            index={i}
            count={doc.stops.length}
            columns={columns}
            onChange={(patch) => onChange(updateStop(doc, i, patch))}
            onMove={(to) => onChange(moveStop(doc, i, to))}
            onRemove={() => onChange(removeStop(doc, i))}
            onSetView={() => {
              const view = readView();
              if (view) onChange(updateStop(doc, i, { view }));
            }}
            onUseLayers={() => onChange(updateStop(doc, i, { layers: visibleLayers() }))}
            t={t}
          />
        </li>
      ))}
    </ol>
  );
}

import { useState, type ChangeEvent, type CompositionEvent } from 'react';
import { commitNormaliser } from './normalise.js';
import { useField, type FieldBinding } from './useField.js';

type TextElement = HTMLInputElement | HTMLTextAreaElement;

/**
 * A text control bound to a path that waits for the IME: while a composition is open (「やまだ」
 * before conversion, the first of several composed digits) the text lives only in the control,
 * so the rules engine never judges unfinished input and no message or fix appears and shifts
 * the layout. The value is stored when the composition ends or the field is left, normalised
 * then ({@link commitNormaliser}); typing without an IME is stored on every keystroke as before.
 */
export const useTextInput = (path: string) => {
  const f: FieldBinding<string> = useField<string>(path);
  const [draft, setDraft] = useState<string | null>(null);
  const normalise = commitNormaliser(path);
  const commit = (text: string) => {
    const next = normalise ? normalise(text) : text;
    if (next !== (f.value ?? '')) f.set(next);
  };
  return {
    field: f,
    props: {
      value: draft ?? f.value ?? '',
      onChange: (e: ChangeEvent<TextElement>) => {
        const text = e.currentTarget.value;
        if (draft !== null || (e.nativeEvent as InputEvent).isComposing) setDraft(text);
        else f.set(text);
      },
      onCompositionStart: (e: CompositionEvent<TextElement>) => setDraft(e.currentTarget.value),
      onCompositionEnd: (e: CompositionEvent<TextElement>) => {
        const text = e.currentTarget.value;
        setDraft(null);
        commit(text);
      },
      onBlur: () => {
        if (draft !== null) setDraft(null);
        commit(draft ?? f.value ?? '');
        f.onBlur();
      },
    },
  };
};

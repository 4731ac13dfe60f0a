import { View } from '@tarojs/components';
import type { Attempt } from '../api';
import './QuestionOptions.scss';

const LETTERS = 'ABCDEFGH';
type Question = Attempt['questions'][number];

interface Props {
  question: Question;
  /** The chosen option indexes. */
  chosen: number[];
  onChange?: (choice: number[]) => void;
  /** After the window: the right options, marked. */
  correct?: number[];
}

/** A question's options as large tap targets: one for single choice and true/false, any for multiple choice. */
export default function QuestionOptions({ question, chosen, onChange, correct }: Props) {
  const toggle = (i: number) => {
    if (!onChange) return;
    if (question.kind !== 'multi') onChange([i]);
    else onChange(chosen.includes(i) ? chosen.filter((c) => c !== i) : [...chosen, i].sort((a, b) => a - b));
  };
  return (
    <View className='question-options' ariaLabel={question.kind === 'multi' ? '可选多项' : '只选一项'}>
      {question.options.map((text, i) => {
        const on = chosen.includes(i);
        const right = correct?.includes(i);
        const cls = ['question-options__option', on && 'question-options__option--on', right && 'question-options__option--right', correct && on && !right && 'question-options__option--wrong']
          .filter(Boolean)
          .join(' ');
        return (
          <View
            key={i}
            className={cls}
            ariaRole='button'
            ariaLabel={`选项${LETTERS[i]}：${text}${on ? '，已选' : ''}${right ? '（正确答案）' : ''}`}
            onClick={() => toggle(i)}
          >
            <View className='question-options__letter'>{LETTERS[i]}</View>
            <View className='question-options__text'>{text}</View>
          </View>
        );
      })}
    </View>
  );
}

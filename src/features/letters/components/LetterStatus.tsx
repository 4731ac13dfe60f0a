import StatusTag from '../../../components/StatusTag';
import type { PublicLetter } from '../api';

/** Where a letter stands, for everyone: answered (and how it was rated), overdue, or waiting. */
export default function LetterStatus({ letter }: { letter: Pick<PublicLetter, 'reply' | 'overdue' | 'satisfied'> }) {
  if (letter.reply) return <StatusTag tone={letter.satisfied === false ? 'warning' : 'success'} label={letter.satisfied === null ? '已答复' : letter.satisfied ? '已答复 · 满意' : '已答复 · 不满意'} />;
  return letter.overdue ? <StatusTag tone='danger' label='已超期未答复' /> : <StatusTag tone='info' label='办理中' />;
}

import { Picker, View } from '@tarojs/components';
import './index.scss';

interface RowProps {
  label: string;
  /** What is chosen; undefined or empty shows the placeholder. */
  value?: string;
  placeholder?: string;
  error?: string;
  onClick?: () => void;
}

/** The row every choice in a form draws: label, the chosen value (or a placeholder) and a chevron. */
function Row({ label, value, placeholder = '请选择', error, onClick }: RowProps) {
  return (
    <View className='picker-row' role='button' ariaLabel={`${label}：${value || placeholder}`} onClick={onClick}>
      <View className='picker-row__body'>
        <View className='picker-row__line'>
          <View className='picker-row__label'>{label}</View>
          <View className={value ? 'picker-row__value' : 'picker-row__value picker-row__value--empty'}>{value || placeholder}</View>
          <View className='picker-row__chevron' />
        </View>
        {error && (
          <View className='picker-row__error' role='alert'>
            {error}
          </View>
        )}
      </View>
    </View>
  );
}

interface Props<T> extends Omit<RowProps, 'value' | 'onClick'> {
  options: readonly T[];
  value: T | undefined;
  /** How an option reads. */
  text: (option: T) => string;
  onChange: (option: T) => void;
}

/** A choice among options in a form; a tap opens the platform's picker. */
export default function PickerRow<T>({ options, value, text, onChange, ...row }: Props<T>) {
  const index = value === undefined ? -1 : options.indexOf(value);
  return (
    <Picker mode='selector' range={options.map(text)} value={Math.max(0, index)} onChange={(e) => onChange(options[Number(e.detail.value)])}>
      <Row {...row} value={index >= 0 ? text(options[index]) : undefined} />
    </Picker>
  );
}

/** A date or a time in a form, in the same row (`mode` is the platform picker's). */
export function DateTimeRow({ mode, value, onChange, ...row }: Omit<RowProps, 'value' | 'onClick'> & { mode: 'date' | 'time'; value: string; onChange: (value: string) => void }) {
  return (
    <Picker mode={mode} value={value} onChange={(e) => onChange(e.detail.value)}>
      <Row {...row} value={value} />
    </Picker>
  );
}

/** A choice made on a page of its own (the community picker), in the same row. */
export const PickerLink = (props: RowProps & { onClick: () => void }) => <Row {...props} />;

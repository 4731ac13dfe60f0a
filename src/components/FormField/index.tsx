import { View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import './index.scss';

interface Props {
  label: string;
  /** Why the value is not accepted yet, shown under the field. */
  error?: string;
  /** A quiet line under the field: what the value is for, its limits. */
  hint?: string;
  /** The label above the control (a multi-line text), not beside it. */
  stacked?: boolean;
}

/**
 * A labelled form row; the input is the child (TextInput, TextArea, or a PickerRow's value). One of
 * the app's one form system: every editor's fields are these, inside a flush Card.
 */
export default function FormField({ label, error, hint, stacked = false, children }: PropsWithChildren<Props>) {
  return (
    <View className={stacked ? 'form-field form-field--stacked' : 'form-field'}>
      <View className='form-field__body'>
        <View className='form-field__row'>
          <View className='form-field__label'>{label}</View>
          <View className='form-field__control'>{children}</View>
        </View>
        {hint && !error && <View className='form-field__hint'>{hint}</View>}
        {error && (
          <View className='form-field__error' role='alert'>
            {error}
          </View>
        )}
      </View>
    </View>
  );
}

import { View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import './index.scss';

interface Props {
  label: string;
  /** Why the value is not accepted yet, shown under the field. */
  error?: string;
}

/** A labelled form row; the input is the child. */
export default function FormField({ label, error, children }: PropsWithChildren<Props>) {
  return (
    <View className='form-field'>
      <View className='form-field__body'>
        <View className='form-field__row'>
          <View className='form-field__label'>{label}</View>
          <View className='form-field__control'>{children}</View>
        </View>
        {error && <View className='form-field__error'>{error}</View>}
      </View>
    </View>
  );
}

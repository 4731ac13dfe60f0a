import { Input, Textarea, type InputProps, type TextareaProps } from '@tarojs/components';

/** The app's one text input, for a FormField: `onChange` gets the text. */
export function TextInput({ onChange, ...props }: Omit<InputProps, 'className' | 'onInput'> & { onChange: (text: string) => void }) {
  return <Input className='text-input' placeholderClass='placeholder' onInput={(e) => onChange(e.detail.value)} {...props} />;
}

/** The app's one multi-line text (no resize grip), for a stacked FormField: `onChange` gets the text. */
export function TextArea({ onChange, ...props }: Omit<TextareaProps, 'className' | 'onInput'> & { onChange: (text: string) => void }) {
  return <Textarea className='text-area' placeholderClass='placeholder' onInput={(e) => onChange(e.detail.value)} {...props} />;
}

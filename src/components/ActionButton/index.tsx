import { Button, type ButtonProps } from '@tarojs/components';
import './index.scss';

interface Props extends Omit<ButtonProps, 'type' | 'size' | 'plain' | 'className'> {
  /** `danger`: the one style of a destructive action (取消活动, 删除), outlined in red, asked to confirm by the page. */
  variant?: 'primary' | 'plain' | 'danger';
  /** Full width, for a form's main action. */
  block?: boolean;
}

/** The app's one button style, over the native Button so open types (privacy agreement) keep working. */
export default function ActionButton({ variant = 'primary', block = false, disabled, loading, children, ...props }: Props) {
  const className = ['action-button', `action-button--${variant}`, block && 'action-button--block', disabled && 'action-button--disabled']
    .filter(Boolean)
    .join(' ');
  // Only when true: Taro's H5 button keeps disabled="false" / loading="false" attributes, which its
  // own [disabled] / [loading] styles match.
  return (
    <Button className={className} disabled={disabled || undefined} loading={loading || undefined} {...props}>
      {children}
    </Button>
  );
}

/** @tarojs/components as plain DOM elements, enough for jsdom tests of the app's components. */
import { createElement, type PropsWithChildren } from 'react';

type Props = PropsWithChildren<Record<string, unknown>>;
type TaroEvent = { detail: { value: unknown } };

const withoutTaroProps = ({ openType: _o, onAgreePrivacyAuthorization: _a, loading: _l, scrollX: _s, enableFlex: _e, ...rest }: Props) => rest;

const element = (tag: string) => (props: Props) => createElement(tag, withoutTaroProps(props));

export const View = element('div');
export const Text = element('span');
export const ScrollView = element('div');
export const Button = element('button');
export const Picker = element('div');

/** Taro inputs report `{detail: {value}}`; so does this one. */
export function Input({ onInput, maxlength, confirmType: _c, ...props }: Props & { onInput?: (e: TaroEvent) => void }) {
  return createElement('input', {
    ...withoutTaroProps(props),
    maxLength: maxlength,
    onChange: (e: { target: { value: string } }) => onInput?.({ detail: { value: e.target.value } }),
  });
}

export function Switch({ checked, onChange }: { checked?: boolean; onChange?: (e: TaroEvent) => void }) {
  return createElement('input', { type: 'checkbox', checked, onChange: (e: { target: { checked: boolean } }) => onChange?.({ detail: { value: e.target.checked } }) });
}

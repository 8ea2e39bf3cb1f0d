// What an official types when an account is made or its password changed, checked with Chinese messages.
import { accountRoles, type AccountRole } from './roles';

export const MIN_PASSWORD_LENGTH = 8;

export interface AccountInput {
  name: string;
  login: string;
  role: AccountRole;
  password: string;
  confirm: string;
}

export type InputProblems = Partial<Record<keyof AccountInput, string>>;

const LOGIN = /^[A-Za-z0-9_.-]{2,32}$/;

export function passwordProblems(password: string, confirm: string): InputProblems {
  const problems: InputProblems = {};
  if (password.length < MIN_PASSWORD_LENGTH) problems.password = `密码至少 ${MIN_PASSWORD_LENGTH} 位`;
  else if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) problems.password = '密码须同时包含字母和数字';
  else if (password.length > 128) problems.password = '密码不能超过 128 位';
  if (!problems.password && confirm !== password) problems.confirm = '两次输入的密码不一致';
  return problems;
}

export type PasswordStrength = '弱' | '中' | '强';

/**
 * How hard a password is to guess, as the form shows it while one types: 弱 until it meets the rule above,
 * 强 with at least 12 characters of three kinds (lower case, upper case, digits, other signs), else 中.
 */
export function passwordStrength(password: string): PasswordStrength {
  if (passwordProblems(password, password).password) return '弱';
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/].filter((kind) => kind.test(password)).length;
  return password.length >= 12 && kinds >= 3 ? '强' : '中';
}

/** Problems of a new account; `takenLogins` are the PC's accounts' 用户名 (compared without case). */
export function accountInputProblems(input: AccountInput, takenLogins: readonly string[]): InputProblems {
  const problems: InputProblems = {};
  const name = input.name.trim();
  if (!name) problems.name = '请填写姓名';
  else if (name.length > 20) problems.name = '姓名不能超过 20 个字';
  const login = input.login.trim();
  if (!login) problems.login = '请填写用户名';
  else if (!LOGIN.test(login)) problems.login = '用户名用 2–32 位字母、数字或 _ . -';
  else if (takenLogins.some((taken) => taken.toLowerCase() === login.toLowerCase())) problems.login = `用户名“${login}”已被本机其他账户使用`;
  if (!accountRoles.includes(input.role)) problems.role = '请选择角色';
  return { ...problems, ...passwordProblems(input.password, input.confirm) };
}

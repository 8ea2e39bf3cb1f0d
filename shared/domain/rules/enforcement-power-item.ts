// 权责清单: the item a case cites must be one of the county's, and in force when the case was filed. A
// township acts only within powers the law or the province's assignment gives it (行政处罚法 arts. 24, 38:
// without a basis the act is void), and 三项制度 (国办发〔2018〕118号) publishes those powers as the list.
// The form offers only active items; imports, old drafts and synced edits reach the store without it.
import type { Draft } from '../draft';
import type { RuleContext } from './context';
import { type IssueList, isBlank, textOf } from './shape';

export function checkEnforcementPowerItem(issues: IssueList, draft: Draft<'enforcementCase'>, context: RuleContext): void {
  // No list read yet (an empty collection) says nothing about the item.
  if (isBlank(draft.powerItemId) || !context.powerItems) return;
  const id = textOf(draft.powerItemId);
  const item = context.powerItems.get(id);
  if (!item) {
    issues.error('ENF_POWER_ITEM_UNKNOWN',
      `所选权责清单事项（${id}）不在本县权责清单中，请从清单中重新选择；执法须有法定职权和依据（行政处罚法第三十八条）`, 'powerItemId');
    return;
  }
  if (item.active) return;
  const filedOn = textOf(draft.stages?.filedOn) || context.today;
  // Filed on the day it was stopped: maybe before, so the benefit of the doubt (a warning).
  if (filedOn > item.changedOn) {
    issues.error('ENF_POWER_ITEM_STOPPED',
      `权责清单事项“${item.name}”已于${item.changedOn}停用，停用后立案的案件不能再引用，请重新选择（行政处罚法第二十四条、第三十八条）`, 'powerItemId');
  } else {
    issues.warning('ENF_POWER_ITEM_STOPPED',
      `本案引用的权责清单事项“${item.name}”已于${item.changedOn}被县里停用（不早于本案立案），请核实本案的执法依据是否仍然有效，继续办理的在案卷中写明依据（行政处罚法第三十八条）`, 'powerItemId');
  }
}

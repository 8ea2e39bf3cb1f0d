// The procedure facts of schema version 1 on the detail page: 先行登记保存, 告知的拟处罚 and 陈述申辩 with its 复核,
// the hearing's notice and host, the heads' 集体讨论 and the closing reason. Only what was recorded is listed.
import { Typography } from '@mui/material';
import { closingReasonLabels, statementFormLabels, statementReviewResultLabels } from '#shared/domain/labels';
import type { EnforcementCase } from '#shared/domain/schemas/index';
import { DetailSection } from '../../components/detail/DetailLayout';
import { FieldGrid } from '../../components/detail/FieldGrid';

type Item = { label: string; value: string | undefined; wide?: boolean };

function itemsOf(record: EnforcementCase): Item[] {
  const { notice, statement, hearing, collectiveDiscussion: discussion, evidencePreservation: preservation, closing } = record;
  const items: Item[] = [
    { label: '先行登记保存日期', value: preservation?.registeredOn },
    { label: '登记保存的物品', value: preservation?.items },
    { label: '处理决定日期', value: preservation?.handledOn },
    { label: '告知书拟作出的处罚', value: notice?.proposedContent },
    { label: '告知书拟罚款金额（元）', value: notice?.proposedFine?.toLocaleString('zh-CN') },
    { label: '陈述申辩日期', value: statement?.madeOn },
    { label: '陈述申辩形式', value: statement?.form ? statementFormLabels[statement.form] : undefined },
    { label: '陈述申辩内容摘要', value: statement?.summary, wide: true },
    { label: '复核日期', value: statement?.reviewedOn },
    { label: '复核结果', value: statement?.reviewResult ? statementReviewResultLabels[statement.reviewResult] : undefined },
    { label: '复核理由', value: statement?.reviewReason, wide: true },
    { label: '听证通知日期', value: hearing?.noticeOn },
    { label: '听证地点', value: hearing?.place },
    { label: '听证主持人', value: hearing?.host },
    { label: '集体讨论日期', value: discussion?.discussedOn },
    { label: '参加讨论的负责人', value: discussion?.participants },
    { label: '集体讨论结论', value: discussion?.conclusion, wide: true },
    { label: '未执行即结案的理由', value: closing?.reason ? closingReasonLabels[closing.reason] : undefined },
    { label: '结案说明', value: closing?.note },
  ];
  return items.filter((item) => item.value !== undefined && item.value !== '');
}

export function ProcedureDetails({ record }: { record: EnforcementCase }) {
  const items = itemsOf(record);
  return (
    <DetailSection title="陈述申辩、听证与集体讨论">
      {items.length === 0
        ? <Typography color="text.secondary">尚未登记先行登记保存、陈述申辩、听证通知、集体讨论或结案理由</Typography>
        : <FieldGrid items={items} />}
    </DetailSection>
  );
}

"""The catalogue of diagnostic codes: stable identifiers, messages in Chinese and English, fixes.

Groups: F file and input limits, Y YAML syntax and strictness, S schema, D domain errors,
W warnings. A code never changes meaning once published.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, NamedTuple

GROUPS: dict[str, tuple[str, str]] = {
    "F": ("文件与输入限制", "file and input limits"),
    "Y": ("YAML 语法与严格性", "YAML syntax and strictness"),
    "S": ("结构（模式）", "schema"),
    "D": ("业务规则", "domain rules"),
    "W": ("警告", "warnings"),
}


class Code(NamedTuple):
    code: str
    title_zh: str
    title_en: str
    message_zh: str
    message_en: str
    help_zh: str
    help_en: str

    def render(self, lang: Literal["zh", "en"], args: Mapping[str, object]) -> str:
        template = self.message_zh if lang == "zh" else self.message_en
        try:
            return template.format_map({k: _text(v, lang) for k, v in args.items()})
        except (KeyError, IndexError, ValueError):
            return template

    def title(self, lang: Literal["zh", "en"]) -> str:
        return self.title_zh if lang == "zh" else self.title_en

    def help(self, lang: Literal["zh", "en"]) -> str:
        return self.help_zh if lang == "zh" else self.help_en


def _text(value: object, lang: Literal["zh", "en"]) -> str:
    if isinstance(value, list | tuple):
        return ("、" if lang == "zh" else ", ").join(str(v) for v in value)
    return str(value)


_CATALOGUE: tuple[Code, ...] = (
    # --- F: files and input limits ---------------------------------------------------------
    Code(
        "F001",
        "无法读取文件",
        "cannot read file",
        "无法读取文件：{reason_zh}",
        "cannot read file: {reason_en}",
        "检查路径是否存在、是否为普通文件、是否有读取权限。",
        "Check that the path exists, is a regular file and is readable.",
    ),
    Code(
        "F002",
        "不是 UTF-8 编码",
        "not UTF-8",
        "文件不是 UTF-8 编码{guess_zh}；请另存为 UTF-8{option_zh}",
        "file is not UTF-8{guess_en}; save it as UTF-8{option_en}",
        "在编辑器中选择“另存为 UTF-8”；Windows 记事本、WPS 常用 GBK 保存中文文件。"
        "确需读取其他编码时，用 --encoding 指定。",
        "Save the file as UTF-8 in your editor; Chinese Windows tools often save GBK. "
        "To read another encoding deliberately, pass --encoding.",
    ),
    Code(
        "F008",
        "无效的 UTF-8 字节",
        "invalid UTF-8 byte",
        "第 {offset} 个字节（0x{byte}）不是有效的 UTF-8；文件其余部分是 UTF-8，此处字符可能已损坏",
        "byte {offset} (0x{byte}) is not valid UTF-8, while the rest of the file is; the "
        "character there is probably damaged",
        "在编辑器中找到该位置，重新输入被损坏的字符。",
        "Find the place in your editor and type the damaged character again.",
    ),
    Code(
        "F009",
        "文件含 NUL 字节",
        "NUL byte in file",
        "文件含有 NUL 字节（\\x00），不是文本文件",
        "the file holds a NUL byte (\\x00) and is not a text file",
        "检查是否选错了文件，或文件是否在传输中损坏。",
        "Check that this is the right file and that it was not damaged in transfer.",
    ),
    Code(
        "F012",
        "输出文件已存在",
        "output exists",
        "{path} 已存在，不会覆盖",
        "{path} already exists and is left as it is",
        "换一个文件名，或先移走已有文件。",
        "Choose another name, or move the existing file away first.",
    ),
    Code(
        "F013",
        "不能覆盖输入文件",
        "output would overwrite an input",
        "{path} 是输入文件，不能作为输出",
        "{path} is an input file and cannot be the output",
        "输出写到另一个文件。",
        "Write the output to another file.",
    ),
    Code(
        "F014",
        "无法写入",
        "cannot write",
        "无法写入 {path}：{reason}",
        "cannot write {path}: {reason}",
        "检查目录是否存在、是否可写、磁盘是否已满；不会留下写了一半的文件。",
        "Check that the folder exists and is writable and the disk is not full; no partial "
        "file is left behind.",
    ),
    Code(
        "F003",
        "文件过大",
        "file too large",
        "文件大小 {size} 字节，超过上限 {limit} 字节",
        "file is {size} bytes, over the limit of {limit} bytes",
        "目标表和完成值文件通常只有几十 KB；检查是否选错了文件。上限可在配置中调整。",
        "Target and actuals files are usually a few dozen KB; check that this is the right "
        "file. The limit is configurable.",
    ),
    Code(
        "F004",
        "嵌套过深",
        "nesting too deep",
        "嵌套深度超过上限 {limit}",
        "nesting deeper than the limit of {limit}",
        "目标表的结构只有几层；过深的嵌套通常是缩进错误或恶意文件。",
        "A target file is only a few levels deep; deep nesting is an indentation mistake "
        "or a hostile file.",
    ),
    Code(
        "F005",
        "节点过多",
        "too many nodes",
        "YAML 节点数超过上限 {limit}",
        "more YAML nodes than the limit of {limit}",
        "检查文件是否过大或是否重复粘贴了内容。上限可在配置中调整。",
        "Check whether the file is oversized or content was pasted repeatedly. "
        "The limit is configurable.",
    ),
    Code(
        "F006",
        "无法识别的文件",
        "unrecognised file",
        "无法识别文件类型：既不是绩效目标表（需要 indicators），也不是完成值文件（需要 actuals）",
        "cannot tell what this file is: neither a target file (needs indicators) "
        "nor an actuals file (needs actuals)",
        "perfcheck 按内容识别文件：目标表有 indicators 键，完成值文件有 actuals 键。",
        "perfcheck recognises files by content: a target file has an indicators key, "
        "an actuals file an actuals key.",
    ),
    Code(
        "F015",
        "文件类型不对",
        "wrong kind of file",
        "这是{actual_zh}，此处需要{expected_zh}",
        "this is {actual_en}; {expected_en} is needed here",
        "score 读完成值文件（有 actuals:），show 读目标表（有 indicators:）。",
        "score reads an actuals file (with actuals:), show a target file (with indicators:).",
    ),
    Code(
        "F016",
        "文件过多",
        "too many files",
        "一次要检查 {count} 个文件，超过上限 {limit}",
        "{count} files to check, over the limit of {limit}",
        "分批检查，或在配置中调整 limits.max_files。",
        "Check them in batches, or raise limits.max_files in the configuration.",
    ),
    Code(
        "F017",
        "指标过多",
        "too many indicators",
        "目标表有 {count} 个指标，超过上限 {limit}",
        "the target file has {count} indicators, over the limit of {limit}",
        "检查文件是否重复粘贴了内容；上限可在配置中调整（limits.max_indicators）。",
        "Check whether content was pasted twice; the limit is limits.max_indicators in the "
        "configuration.",
    ),
    Code(
        "F007",
        "行过长",
        "line too long",
        "第 {line} 行长 {length} 个字符，超过上限 {limit}",
        "line {line} is {length} characters long, over the limit of {limit}",
        "把长文本拆成多行（例如用 >- 折叠块），或检查文件是否损坏。",
        "Split long text over several lines (a >- folded block) or check the file is not damaged.",
    ),
    # --- Y: YAML syntax and strictness -----------------------------------------------------
    Code(
        "Y001",
        "YAML 语法错误",
        "YAML syntax error",
        "YAML 语法错误：{problem}",
        "YAML syntax error: {problem}",
        "常见原因：冒号后缺空格、缩进不齐、引号未闭合、值以 @ ` | > 等特殊字符开头而未加引号。",
        "Common causes: no space after a colon, uneven indentation, an unclosed quote, "
        "a value starting with a special character (@ ` | >) without quotes.",
    ),
    Code(
        "Y002",
        "重复的键",
        "duplicate key",
        "键 “{key}” 重复：第 {first_line} 行已经出现过；YAML 只会保留其中一个值",
        "duplicate key '{key}': already given on line {first_line}; YAML would keep only one "
        "of the values",
        "删除或合并重复的键。普通 YAML 解析器会悄悄丢弃前一个值，perfcheck 把它视为错误。",
        "Remove or merge the duplicate. Plain YAML parsers silently drop the earlier value; "
        "perfcheck treats it as an error.",
    ),
    Code(
        "Y003",
        "不允许锚点、别名或合并键",
        "anchors, aliases and merge keys refused",
        "不允许使用{what_zh}；请把内容直接写出来",
        "{what_en} not allowed; write the content out",
        "锚点（&）、别名（*）和合并键（<<）让文件难以审阅，还可能被用来制造指数级膨胀；"
        "perfcheck 默认拒绝它们。",
        "Anchors (&), aliases (*) and merge keys (<<) make a file hard to review and can be "
        "abused to blow up its size; perfcheck refuses them.",
    ),
    Code(
        "Y004",
        "不允许标签",
        "tags refused",
        "不允许使用标签 {tag}",
        "tag {tag} not allowed",
        "perfcheck 只读取普通数据，不构造任何对象；删除标签，必要时给值加引号。",
        "perfcheck reads plain data and never constructs objects; remove the tag and quote "
        "the value if needed.",
    ),
    Code(
        "Y005",
        "键必须是文字",
        "keys must be text",
        "键 {key} 被 YAML 读成了{kind_zh}；请加引号：'{key}'",
        "key {key} was read by YAML as {kind_en}; quote it: '{key}'",
        "YAML 1.1 会把 on、yes、no、数字、日期等键自动转换类型；加上引号即保持为文字。",
        "YAML 1.1 turns keys such as on, yes, no, numbers and dates into other types; "
        "quotes keep them as text.",
    ),
    Code(
        "Y006",
        "多个 YAML 文档",
        "several YAML documents",
        "文件包含多个 YAML 文档（--- 分隔）；每个文件只能有一个",
        "the file holds several YAML documents (separated by ---); one per file",
        "把每个文档拆成单独的文件。",
        "Put each document in a file of its own.",
    ),
    Code(
        "Y007",
        "空文件",
        "empty file",
        "文件为空（没有任何内容，或只有注释）",
        "the file is empty (no content, or only comments)",
        "写入目标表或完成值内容，或从检查路径中移除该文件。",
        "Write the target or actuals content, or leave the file out of the checked paths.",
    ),
    Code(
        "Y009",
        "值以特殊字符开头",
        "value starts with a special character",
        "值 {value} 以 “{first}” 开头，YAML 把它当成了块标记；请加引号：'{value}'",
        "value {value} starts with '{first}', which YAML reads as a block marker; "
        "quote it: '{value}'",
        "以 > | * & ! % @ ` 开头的值必须加引号，例如 target: '>=4次'。",
        "Values starting with > | * & ! % @ ` need quotes, e.g. target: '>=4次'.",
    ),
    Code(
        "Y010",
        "不允许的字符",
        "character not allowed",
        "YAML 不允许字符 {code_point}（控制字符）",
        "YAML does not allow the character {code_point} (a control character)",
        "删除该不可见字符；它常来自从 Word 或网页复制的文本。",
        "Delete the invisible character; it often comes with text pasted from Word or a web page.",
    ),
    Code(
        "Y012",
        "无法构造的值",
        "value YAML cannot build",
        "YAML 把 {raw} 当作{kind_zh}，但它不是有效的{kind_zh}；若是文字请加引号：'{raw}'",
        "YAML reads {raw} as {kind_en} but it is not a valid one; quote it if it is text: '{raw}'",
        "例如 2022-02-30 不是有效日期；期间请写成 2022Q1 或 2022-02 这样的形式。",
        "2022-02-30, for one, is no date; write a period as 2022Q1 or 2022-02.",
    ),
    Code(
        "Y008",
        "用制表符缩进",
        "tab indentation",
        "YAML 不允许用制表符（Tab）缩进；请改用空格",
        "YAML does not allow tabs for indentation; use spaces",
        "在编辑器中把制表符替换为两个空格。",
        "Replace tabs with two spaces in your editor.",
    ),
    # --- S: schema -------------------------------------------------------------------------
    Code(
        "S001",
        "缺少必填项",
        "missing field",
        "缺少必填项 “{field}”",
        "missing field '{field}'",
        "补上该字段；各字段的含义见 docs/format.md。",
        "Add the field; docs/format.md explains every key.",
    ),
    Code(
        "S002",
        "未知的键",
        "unknown key",
        "未知的键 “{key}”{suggestion_zh}",
        "unknown key '{key}'{suggestion_en}",
        "检查拼写；perfcheck 不接受未定义的键，以免拼错的字段被悄悄忽略。",
        "Check the spelling; perfcheck refuses undefined keys so that a misspelt field is "
        "never silently ignored.",
    ),
    Code(
        "S003",
        "类型不符",
        "wrong type",
        "应为{expected_zh}，实际是{actual_zh}",
        "expected {expected_en}, got {actual_en}",
        "按 docs/format.md 的说明填写该字段。",
        "Fill in the field as docs/format.md describes.",
    ),
    Code(
        "S004",
        "YAML 自动转换了类型",
        "YAML implicit typing",
        "这里应为文字，但 YAML 把 {raw} 读成了{kind_zh}；请加引号：'{raw}'",
        "text expected, but YAML read {raw} as {kind_en}; quote it: '{raw}'",
        "YAML 1.1 会把 no、yes、on、010、12:30、2022-01-01 等写法自动转换成布尔值、数字或日期。"
        "加上引号即保持为文字。",
        "YAML 1.1 turns no, yes, on, 010, 12:30 and 2022-01-01 into booleans, numbers or "
        "dates. Quotes keep them as text.",
    ),
    Code(
        "S005",
        "取值不合法",
        "invalid value",
        "取值不合法：{detail_zh}",
        "invalid value: {detail_en}",
        "按 docs/format.md 的说明填写该字段。",
        "Fill in the field as docs/format.md describes.",
    ),
    Code(
        "S010",
        "指标值写法无法识别",
        "target notation not understood",
        "无法识别指标值 “{text}”：{reason_zh}",
        "cannot read target '{text}': {reason_en}",
        "写成“比较符 + 数值 + 单位”，如 ≥17次/年、=100%、≤30分钟；定性指标写成 定性优良中低差。",
        "Write comparator + number + unit, e.g. ≥17次/年, =100%, ≤30分钟; a qualitative "
        "indicator as 定性优良中低差.",
    ),
    Code(
        "S011",
        "比较词有歧义",
        "ambiguous comparator",
        "指标值 “{text}” 中的 “{word}” 有歧义（实际使用中常表示“{usual}”）；"
        "若包含本数请写 {inclusive}，不包含请写 {strict}",
        "'{word}' in target '{text}' is ambiguous (in practice often used for '{usual}'); "
        "write {inclusive} if the value itself counts, {strict} if it does not",
        "“大于”“小于”“超过”“低于”等词在已公开的表格中时而包含本数、时而不包含。"
        "请用符号写清楚：≥ ≤ 包含本数，＞ ＜ 不包含。",
        "Words like 大于 and 小于 are used both inclusively and strictly in published tables. "
        "Write the symbol: ≥ ≤ include the value, ＞ ＜ do not.",
    ),
    Code(
        "S012",
        "缺少比较符",
        "missing comparator",
        "指标值 “{text}” 没有比较符；请写成 {suggestion}",
        "target '{text}' has no comparator; write {suggestion}",
        "正向指标用 ≥，反向指标用 ≤，必须恰好等于时用 =。",
        "Use ≥ for a positive indicator, ≤ for a reverse one, = when it must be exact.",
    ),
    Code(
        "S013",
        "缺少单位",
        "missing unit",
        "指标值 “{text}” 没有单位；请写成如 {suggestion}",
        "target '{text}' has no unit; write for example {suggestion}",
        "每个定量指标都必须有计量单位（次、个、%、万元……）。",
        "Every quantitative indicator needs a unit (次, 个, %, 万元 …).",
    ),
    Code(
        "S014",
        "未知的评价等级",
        "unknown grade scale",
        "未定义的定性评价等级 “{scale}”；可用：{known}",
        "undefined qualitative scale '{scale}'; known: {known}",
        "在 scales: 中定义该等级，或使用内置的 优良中低差、达成度。",
        "Define the scale under scales:, or use a built-in one: 优良中低差, 达成度.",
    ),
    Code(
        "S015",
        "指标编号格式错误",
        "bad indicator id",
        "指标编号 “{id}” 应写成“任务号-序号”，如 2-3",
        "indicator id '{id}' should be task-number, e.g. 2-3",
        "编号的第一个数字是所服务的任务，第二个是该任务下的指标序号。",
        "The first number is the task the indicator serves, the second its number within it.",
    ),
    Code(
        "S016",
        "未知的评分规则方案",
        "unknown rules profile",
        "未定义的评分规则方案 “{profile}”；可用：{known}",
        "undefined rules profile '{profile}'; known: {known}",
        "national 是全国默认规则；省级规则方案在配置文件中定义（pyproject.toml 的 "
        "[tool.perfcheck.profiles] 或 .perfcheck.yaml 的 profiles:），见 docs/scoring.md。",
        "national is the national default; a province's profile is defined in the configuration "
        "([tool.perfcheck.profiles] in pyproject.toml or profiles: in .perfcheck.yaml), see "
        "docs/scoring.md.",
    ),
    # --- D: domain errors ------------------------------------------------------------------
    Code(
        "D001",
        "指标编号重复",
        "duplicate indicator id",
        "指标编号 {id} 重复：第 {first_line} 行已使用",
        "indicator id {id} used twice: already on line {first_line}",
        "每个三级指标的编号必须唯一。",
        "Every level-3 indicator needs a unique id.",
    ),
    Code(
        "D002",
        "编号指向不存在的任务",
        "id names an unknown task",
        "指标 {id} 属于任务 {task}，但年度主要任务中没有任务 {task}（已有：{known}）",
        "indicator {id} belongs to task {task}, which is not among the tasks ({known})",
        "检查编号，或在 tasks: 中补上该任务。",
        "Check the id, or add the task under tasks:.",
    ),
    Code(
        "D003",
        "二级指标归属错误",
        "level-2 under the wrong level-1",
        "二级指标 “{level2}” 属于 “{expected}”，不应放在 “{level1}” 下",
        "level-2 '{level2}' belongs to '{expected}', not to '{level1}'",
        "按《中央部门项目支出核心绩效目标和指标设置及取值指引》的指标体系归类。",
        "Classify it by the national indicator framework (财预〔2021〕101号).",
    ),
    Code(
        "D004",
        "资金来源合计不符",
        "budget sources do not add up",
        "资金来源合计 {sum}，与资金总额 {total} 不符（差 {difference}）",
        "budget sources add up to {sum}, not the total {total} (off by {difference})",
        "核对财政拨款、其他资金等各项与资金总额。",
        "Check each source against the total.",
    ),
    Code(
        "D005",
        "分值合计不符",
        "points do not add up",
        "“{group}” 下各指标分值合计 {sum}，应为 {expected}",
        "points under '{group}' add up to {sum}, expected {expected}",
        "调整各三级指标的 points，或删去部分 points 让其余指标平均分配。",
        "Adjust the indicators' points, or drop some so the rest is split evenly.",
    ),
    Code(
        "D006",
        "权重下没有指标",
        "weight with no indicators",
        "一级指标 “{level1}” 有权重 {weight}，但没有任何指标；请在 rules.weights 中明确设置权重",
        "level-1 '{level1}' has a weight of {weight} but no indicators; set rules.weights "
        "explicitly",
        "默认权重为 产出指标 50、效益指标 30、满意度指标 10；没有某类指标的表需要自行设定权重。",
        "The default weights are 产出指标 50, 效益指标 30, 满意度指标 10; a table without one "
        "of them must state its own weights.",
    ),
    Code(
        "D007",
        "一级指标没有权重",
        "level-1 without a weight",
        "一级指标 “{level1}” 没有权重；已设权重的有：{known}",
        "level-1 '{level1}' has no weight; weights are set for: {known}",
        "在 rules.weights 中为它设置权重，或检查一级指标名称。",
        "Give it a weight under rules.weights, or check its name.",
    ),
    Code(
        "D008",
        "任务编号重复",
        "duplicate task id",
        "任务编号 {id} 重复：第 {first_line} 行已使用",
        "task id {id} used twice: already on line {first_line}",
        "每个任务的编号必须唯一。",
        "Every task needs a unique id.",
    ),
    Code(
        "D009",
        "等级得分率不在档次内",
        "grade share outside its band",
        "等级 “{grade}” 的得分率 {share} 不在 “{band}” 档（{low}–{high}）内",
        "grade '{grade}' has a share of {share}, outside band '{band}' ({low}–{high})",
        "达成 80%–100%（含 80%），部分达成 60%–80%，未达成 0–60%（财预〔2020〕10号）。",
        "达成 80–100 % (80 included), 部分达成 60–80 %, 未达成 0–60 % (财预〔2020〕10号).",
    ),
    Code(
        "D010",
        "总分构成不符",
        "points budget does not add up",
        "预算执行分值 {budget} 加各一级指标权重 {weights}，合计 {sum}，应为总分 {total}",
        "budget points {budget} plus level-1 weights {weights} make {sum}, not the total {total}",
        "国家默认：总分 100 = 预算执行 10 + 产出 50 + 效益 30 + 满意度 10。",
        "National default: 100 = budget 10 + 产出 50 + 效益 30 + 满意度 10.",
    ),
    Code(
        "S020",
        "期间格式错误",
        "bad period",
        "期间 “{period}” 应写成 2022Q1…2022Q4（季度）或 2022-01…2022-12（月份）",
        "period '{period}' should be 2022Q1…2022Q4 (a quarter) or 2022-01…2022-12 (a month)",
        "季度写成 年份+Q+季度号，月份写成 年份-月份；月份表示从 1 月起累计至该月。",
        "Write a quarter as year, Q, number; a month as year-month, counted from January.",
    ),
    Code(
        "D020",
        "未知的指标编号",
        "unknown indicator id",
        "目标表中没有指标 {id}（相近的有：{close}）",
        "the target file has no indicator {id} (close: {close})",
        "完成值文件的键必须是目标表中的指标编号；perfcheck show 可列出全部编号。",
        "Keys under actuals must be ids of the target file; perfcheck show lists them.",
    ),
    Code(
        "D021",
        "单位不符",
        "unit mismatch",
        "指标 {id} 的完成值 “{value}” 单位是 “{unit}”，目标表的单位是 “{expected}”",
        "actual '{value}' of indicator {id} is in '{unit}', the target file uses '{expected}'",
        "按目标表的单位填写，或只写数字（按指标单位理解）。",
        "Write it in the target's unit, or give the bare number (read in that unit).",
    ),
    Code(
        "D022",
        "等级不在评价等级中",
        "grade not on the scale",
        "指标 {id} 的评价 “{grade}” 不在等级 “{scale}” 中（可用：{grades}）",
        "grade '{grade}' of indicator {id} is not on scale '{scale}' ({grades})",
        "定性指标的完成值写该指标评价等级中的一个等级，如 优。",
        "A qualitative actual is one grade of the indicator's scale, e.g. 优.",
    ),
    Code(
        "D023",
        "得分率不在档次内",
        "score rate outside its band",
        "指标 {id} 的得分率 {rate} 不在等级 “{grade}” 所属的 “{band}” 档（{low}–{high}）内",
        "score rate {rate} of indicator {id} lies outside band '{band}' of grade '{grade}' "
        "({low}–{high})",
        "评价人只能在所评等级的档次内选择得分率（财预〔2020〕10号）。",
        "The evaluator picks a rate inside the band of the grade given (财预〔2020〕10号).",
    ),
    Code(
        "D024",
        "期间不在目标年度",
        "period outside the target year",
        "期间 {period} 不在目标表的年度 {year} 内",
        "period {period} is not in the target file's year {year}",
        "检查期间，或 targets: 是否指向了正确年度的目标表。",
        "Check the period, or whether targets: names the right year's file.",
    ),
    Code(
        "D025",
        "人工调整缺少说明",
        "adjustment without explanation",
        "指标 {id} 有人工调整，但没有说明理由（explanation）",
        "indicator {id} has a manual adjustment but no explanation",
        "每一项人工扣分或加分都必须写明理由。",
        "Every manual adjustment must give its reason.",
    ),
    Code(
        "D026",
        "不适用的指标不应有完成值",
        "value on a not-applicable indicator",
        "指标 {id} 标为不适用，却又填写了完成值",
        "indicator {id} is marked not applicable but has a value",
        "二者只能取其一：删除 value，或删除 not_applicable。",
        "Keep one of the two: the value or not_applicable.",
    ),
    Code(
        "D027",
        "完成值无法识别",
        "actual value not understood",
        "无法识别指标 {id} 的完成值 “{value}”（指标值 {target}）",
        "cannot read actual '{value}' of indicator {id} (target {target})",
        "定量指标写数字，可带单位，如 98%、5次。",
        "Write a number for a quantitative indicator, optionally with its unit: 98%, 5次.",
    ),
    Code(
        "D028",
        "完成值为负数",
        "negative actual",
        "指标 {id} 的完成值 {value} 为负数",
        "actual {value} of indicator {id} is negative",
        "数量、比率类完成值不能为负。",
        "Counts and rates cannot be negative.",
    ),
    Code(
        "D029",
        "比率超过 100%",
        "rate above 100 %",
        "指标 {id} 的完成值 {value} 超过 100%，该比率不可能超过 100%",
        "actual {value} of indicator {id} is above 100 %, which this rate cannot exceed",
        "完成率、满意度等比率的上限是 100%；检查是否填成了数量。",
        "Rates such as 完成率 and 满意度 top out at 100 %; check for a count typed as a rate.",
    ),
    Code(
        "D030",
        "定量指标不能有得分率",
        "score rate on a quantitative indicator",
        "指标 {id} 是定量指标，得分按公式计算，不能填写 score_rate",
        "indicator {id} is quantitative and scored by formula; score_rate does not apply",
        "score_rate 只用于定性指标；定量指标需要调整时用 adjustment 并说明理由。",
        "score_rate is for qualitative indicators; use adjustment with an explanation.",
    ),
    Code(
        "F010",
        "找不到目标表",
        "target file not found",
        "targets: 指向的目标表 {path} 无法读取：{reason_zh}",
        "the target file {path} named by targets: cannot be read: {reason_en}",
        "targets: 的路径相对于完成值文件所在目录；也可以用 --targets 指定。",
        "The targets: path is relative to the actuals file's folder; --targets overrides it.",
    ),
    Code(
        "F011",
        "目标表有错误",
        "target file has errors",
        "targets: 指向的 {path} 不是有效的目标表（{reason_zh}）",
        "{path}, named by targets:, is not a valid target file ({reason_en})",
        "先用 perfcheck validate 修正目标表中的错误。",
        "Fix the target file first (perfcheck validate lists its problems).",
    ),
    Code(
        "D011",
        "分值精度超过舍入单位",
        "points finer than the rounding",
        "分值 {value} 不是舍入单位 {quantum} 的整数倍",
        "points of {value} are not a whole number of the rounding unit {quantum}",
        "得分按 rules.rounding 舍入，分值必须与之同精度，否则表格无法合计。",
        "Scores are rounded to rules.rounding; points must be as coarse, or the table cannot "
        "add up.",
    ),
    Code(
        "D031",
        "完成值的比较符与目标不符",
        "comparator in the actual contradicts the target",
        "指标 {id} 的完成值 “{value}” 带有比较符，与指标值 {target} 的方向不符；完成值请只写数值",
        "actual '{value}' of indicator {id} carries a comparator that contradicts target "
        "{target}; write the value alone",
        "完成值是实际达到的数值，不需要比较符。",
        "An actual is the value reached; it needs no comparator.",
    ),
    Code(
        "D032",
        "预算数为零",
        "zero budget",
        "执行率的分母（{which_zh}）为 0，无法计算预算执行率",
        "the denominator of the execution rate (the {which_en}) is 0",
        "填写全年预算数（budget.adjusted）或年初预算数（budget.initial）。",
        "Give the full-year budget (budget.adjusted) or the initial budget (budget.initial).",
    ),
    Code(
        "D033",
        "完成值的数字写法不清楚",
        "actual number unclear",
        "指标 {id} 的完成值 “{text}” 不能按数值读取：{reason_zh}",
        "the actual '{text}' of indicator {id} cannot be read as a number: {reason_en}",
        "写成普通的十进制数，可带单位，如 1000、98%、5次。",
        "Write a plain decimal number, optionally with its unit: 1000, 98%, 5次.",
    ),
    Code(
        "Y011",
        "YAML 1.1 的数字写法",
        "YAML 1.1 number form",
        "{raw} 是{form_zh}数（= {value}）；请写成普通的十进制数",
        "{raw} is a number in {form_en} (= {value}); write a plain decimal number",
        "以 0 开头的整数是八进制（010 = 8），0x 开头的是十六进制（0x10 = 16），0b 开头的是二进制"
        "（0b101 = 5），0o 开头的是八进制（0o10 = 8），带冒号的数是六十进制（1:30 = 90）。",
        "An integer with a leading 0 is octal (010 = 8), with 0x hexadecimal (0x10 = 16), with 0b "
        "binary (0b101 = 5), with 0o octal (0o10 = 8), one with colons base 60 (1:30 = 90).",
    ),
    Code(
        "D040",
        "趋势中的目标表不一致",
        "trend over different target files",
        "本文件的目标表是 {path}，而 {file}:{line} 的是 {other}；一个趋势只能对应一个目标表",
        "this file's target file is {path}, but {file}:{line} names {other}; a trend follows "
        "one target file",
        "按目标表分别查看趋势，或修正 targets: 路径。",
        "Look at each target file's trend separately, or correct the targets: path.",
    ),
    Code(
        "D041",
        "期间重复",
        "period repeated",
        "期间 {period} 已在 {file}:{line} 出现过",
        "period {period} already appears in {file}:{line}",
        "每个期间只能有一个完成值文件；删除或改正重复的那个。",
        "One actuals file per period; remove or correct the repeated one.",
    ),
    # --- W: warnings -----------------------------------------------------------------------
    Code(
        "W001",
        "指标编号不连续",
        "gap in indicator ids",
        "任务 {task} 的指标编号从 {before} 跳到 {after}，缺少 {missing}{hint_zh}",
        "task {task}'s indicator ids jump from {before} to {after}: {missing} missing{hint_en}",
        "确认是否漏填了指标；任务内容中提到的目标通常都应有对应的三级指标。",
        "Check whether an indicator was left out; targets named in a task's text usually "
        "have an indicator.",
    ),
    Code(
        "W002",
        "未知的二级指标",
        "unknown level-2 name",
        "二级指标 “{level2}” 不在“{level1}”的标准指标体系中（标准：{known}）",
        "level-2 '{level2}' is not in the standard framework of '{level1}' ({known})",
        "各地表格常自拟二级指标，这只是提醒；请确认名称无误。",
        "Local tables often invent level-2 names; this is a reminder to check the name.",
    ),
    Code(
        "W003",
        "比率类指标单位不是 %",
        "rate without %",
        "指标 “{name}” 看起来是比率，但单位是 “{unit}”，不是 %",
        "indicator '{name}' reads like a rate but its unit is '{unit}', not %",
        "名称以“率”结尾的指标通常以百分比计量。",
        "Indicators named …率 are usually measured in percent.",
    ),
    Code(
        "W004",
        "≥ 目标超过 100%",
        "≥ target above 100 %",
        "指标值 {target} 要求超过 100%，比率类指标通常无法达到",
        "target {target} asks for more than 100 %, which a rate usually cannot reach",
        "检查目标值是否录入有误。",
        "Check the target value for a typing error.",
    ),
    Code(
        "W005",
        "看不见的字符",
        "invisible character",
        "这里有一个看不见的字符 {code_point}；名称看起来相同却无法匹配",
        "an invisible character {code_point} stands here; names that look the same will not match",
        "删除该字符；它常来自从网页或 Word 复制的文本（零宽空格、软连字符、BOM）。",
        "Delete it; it usually comes with text pasted from a web page or Word (zero-width "
        "space, soft hyphen, BOM).",
    ),
    Code(
        "W010",
        "偏差缺少说明",
        "deviation without explanation",
        "指标 {id}（{reason_zh}）需要填写偏差原因分析及改进措施（explanation）",
        "indicator {id} ({reason_en}) needs an explanation of the deviation",
        "未完成、超额完成、定性未达成、不适用的指标都应说明原因与改进措施（财预〔2020〕10号）。",
        "Unmet, over-achieved, qualitatively short and not-applicable indicators all need "
        "an explanation (财预〔2020〕10号).",
    ),
    Code(
        "W011",
        "执行率偏低缺少说明",
        "low execution rate without explanation",
        "预算执行率 {rate} 低于 {threshold}，需要说明原因（budget.explanation）",
        "budget execution rate {rate} is below {threshold} and needs an explanation",
        "执行率低于阈值（默认 90%）时须说明原因。",
        "An execution rate below the threshold (90 % by default) must be explained.",
    ),
    Code(
        "W013",
        "预计无法完成缺少说明",
        "shortfall forecast without explanation",
        "指标 {id} 预计全年无法完成目标（或完成可能性不是“确定能”），需要说明原因和措施",
        "indicator {id} is forecast to miss its target (or its likelihood is not 确定能) and "
        "needs an explanation",
        "运行监控中，预计完成不了的指标要说明偏差原因和纠偏措施（财预〔2019〕136号）。",
        "In monitoring, an indicator forecast to fall short needs the cause and the corrective "
        "measures (财预〔2019〕136号).",
    ),
    Code(
        "W040",
        "累计数下降",
        "cumulative count fell",
        "指标 {id} 的累计值从 {before}（{file}:{line}）降到 {after}",
        "the cumulative value of indicator {id} fell from {before} ({file}:{line}) to {after}",
        "累计指标（次数、人次……）应随期间只增不减；检查是否填成了当期数而不是累计数。",
        "A cumulative count (次, 人次 …) cannot fall between periods; check whether a "
        "period's own figure was entered instead of the running total.",
    ),
    Code(
        "W012",
        "缺少完成值",
        "missing actual",
        "指标 {id} {name} 没有完成值；年终自评时按 0 分计",
        "indicator {id} {name} has no actual; at year-end it scores 0",
        "在 actuals: 下补上该指标的完成值，或写明 not_applicable 及原因。",
        "Add its actual under actuals:, or mark it not_applicable with a reason.",
    ),
    Code(
        "W014",
        "红灯缺少说明",
        "red light without explanation",
        "指标 {id} 的进度为序时要求的 {progress}（红灯），"
        "需要填写偏差原因分析及纠偏措施（explanation）",
        "indicator {id} is at {progress} of what is due by now (red light) and needs the cause "
        "and the corrective measures (explanation)",
        "运行监控中，红灯指标（进度低于黄灯阈值，默认 70%）须分析偏差原因并提出纠偏措施"
        "（财预〔2019〕136号）；写在该指标的 explanation 中，监控报告会列出它。",
        "In monitoring, an indicator on a red light (progress below the yellow threshold, 70 % "
        "by default) needs the cause and the corrective measures (财预〔2019〕136号); write them "
        "in its explanation, which the monitoring report lists.",
    ),
)

_GROUP_ORDER = "FYSDW"
CODES: dict[str, Code] = {
    code.code: code
    for code in sorted(_CATALOGUE, key=lambda c: (_GROUP_ORDER.index(c.code[0]), c.code))
}


def group_of(code: str) -> tuple[str, str]:
    return GROUPS[code[0]]

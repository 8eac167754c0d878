"""Every text perfcheck shows a person, in every language it speaks, by key.

A language is one more column of this table (and a value of `Lang`). Keys: `CODE.title`,
`CODE.message`, `CODE.help` for each diagnostic code; `group.X` for a code's group; the
reports' words under the report's name (`score.…`, `summary.…`); the commands' words bare.
Templates take `{placeholders}`; an argument that is a `Phrase` is itself looked up here, in
the same language.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "list_separator": {"zh": "、", "en": ", "},
    # --- diagnostic groups ----------------------------------------------------------
    "group.F": {"zh": "文件与输入限制", "en": "file and input limits"},
    "group.Y": {"zh": "YAML 语法与严格性", "en": "YAML syntax and strictness"},
    "group.S": {"zh": "结构（模式）", "en": "schema"},
    "group.D": {"zh": "业务规则", "en": "domain rules"},
    "group.W": {"zh": "警告", "en": "warnings"},
    # --- F001 ---
    "F001.title": {"zh": "无法读取文件", "en": "cannot read file"},
    "F001.message": {"zh": "无法读取文件：{reason_zh}", "en": "cannot read file: {reason_en}"},
    "F001.help": {
        "zh": "检查路径是否存在、是否为普通文件、是否有读取权限。",
        "en": "Check that the path exists, is a regular file and is readable.",
    },
    # --- F002 ---
    "F002.title": {"zh": "不是 UTF-8 编码", "en": "not UTF-8"},
    "F002.message": {
        "zh": "文件不是 UTF-8 编码{guess_zh}；请另存为 UTF-8{option_zh}",
        "en": "file is not UTF-8{guess_en}; save it as UTF-8{option_en}",
    },
    "F002.help": {
        "zh": "在编辑器中选择“另存为 UTF-8”；Windows 记事本、WPS 常用 GBK 保存中文文件。确需读取其他编码时，用 --encoding 指定。",
        "en": "Save the file as UTF-8 in your editor; Chinese Windows tools often save GBK. To read another encoding deliberately, pass --encoding.",
    },
    # --- F003 ---
    "F003.title": {"zh": "文件过大", "en": "file too large"},
    "F003.message": {
        "zh": "文件大小 {size} 字节，超过上限 {limit} 字节",
        "en": "file is {size} bytes, over the limit of {limit} bytes",
    },
    "F003.help": {
        "zh": "目标表和完成值文件通常只有几十 KB；检查是否选错了文件。上限可在配置中调整。",
        "en": "Target and actuals files are usually a few dozen KB; check that this is the right file. The limit is configurable.",
    },
    # --- F004 ---
    "F004.title": {"zh": "嵌套过深", "en": "nesting too deep"},
    "F004.message": {
        "zh": "嵌套深度超过上限 {limit}",
        "en": "nesting deeper than the limit of {limit}",
    },
    "F004.help": {
        "zh": "目标表的结构只有几层；过深的嵌套通常是缩进错误或恶意文件。",
        "en": "A target file is only a few levels deep; deep nesting is an indentation mistake or a hostile file.",
    },
    # --- F005 ---
    "F005.title": {"zh": "节点过多", "en": "too many nodes"},
    "F005.message": {
        "zh": "YAML 节点数超过上限 {limit}",
        "en": "more YAML nodes than the limit of {limit}",
    },
    "F005.help": {
        "zh": "检查文件是否过大或是否重复粘贴了内容。上限可在配置中调整。",
        "en": "Check whether the file is oversized or content was pasted repeatedly. The limit is configurable.",
    },
    # --- F006 ---
    "F006.title": {"zh": "无法识别的文件", "en": "unrecognised file"},
    "F006.message": {
        "zh": "无法识别文件类型：既不是绩效目标表（需要 indicators），也不是完成值文件（需要 actuals）",
        "en": "cannot tell what this file is: neither a target file (needs indicators) nor an actuals file (needs actuals)",
    },
    "F006.help": {
        "zh": "perfcheck 按内容识别文件：目标表有 indicators 键，完成值文件有 actuals 键。",
        "en": "perfcheck recognises files by content: a target file has an indicators key, an actuals file an actuals key.",
    },
    # --- F007 ---
    "F007.title": {"zh": "行过长", "en": "line too long"},
    "F007.message": {
        "zh": "第 {line} 行长 {length} 个字符，超过上限 {limit}",
        "en": "line {line} is {length} characters long, over the limit of {limit}",
    },
    "F007.help": {
        "zh": "把长文本拆成多行（例如用 >- 折叠块），或检查文件是否损坏。",
        "en": "Split long text over several lines (a >- folded block) or check the file is not damaged.",
    },
    # --- F008 ---
    "F008.title": {"zh": "无效的 UTF-8 字节", "en": "invalid UTF-8 byte"},
    "F008.message": {
        "zh": "第 {offset} 个字节（0x{byte}）不是有效的 UTF-8；文件其余部分是 UTF-8，此处字符可能已损坏",
        "en": "byte {offset} (0x{byte}) is not valid UTF-8, while the rest of the file is; the character there is probably damaged",
    },
    "F008.help": {
        "zh": "在编辑器中找到该位置，重新输入被损坏的字符。",
        "en": "Find the place in your editor and type the damaged character again.",
    },
    # --- F009 ---
    "F009.title": {"zh": "文件含 NUL 字节", "en": "NUL byte in file"},
    "F009.message": {
        "zh": "文件含有 NUL 字节（\\x00），不是文本文件",
        "en": "the file holds a NUL byte (\\x00) and is not a text file",
    },
    "F009.help": {
        "zh": "检查是否选错了文件，或文件是否在传输中损坏。",
        "en": "Check that this is the right file and that it was not damaged in transfer.",
    },
    # --- F010 ---
    "F010.title": {"zh": "找不到目标表", "en": "target file not found"},
    "F010.message": {
        "zh": "targets: 指向的目标表 {path} 无法读取：{reason_zh}",
        "en": "the target file {path} named by targets: cannot be read: {reason_en}",
    },
    "F010.help": {
        "zh": "targets: 的路径相对于完成值文件所在目录；也可以用 --targets 指定。",
        "en": "The targets: path is relative to the actuals file's folder; --targets overrides it.",
    },
    # --- F011 ---
    "F011.title": {"zh": "目标表有错误", "en": "target file has errors"},
    "F011.message": {
        "zh": "targets: 指向的 {path} 不是有效的目标表（{reason_zh}）",
        "en": "{path}, named by targets:, is not a valid target file ({reason_en})",
    },
    "F011.help": {
        "zh": "先用 perfcheck validate 修正目标表中的错误。",
        "en": "Fix the target file first (perfcheck validate lists its problems).",
    },
    # --- F012 ---
    "F012.title": {"zh": "输出文件已存在", "en": "output exists"},
    "F012.message": {
        "zh": "{path} 已存在，不会覆盖",
        "en": "{path} already exists and is left as it is",
    },
    "F012.help": {
        "zh": "换一个文件名，或先移走已有文件。",
        "en": "Choose another name, or move the existing file away first.",
    },
    # --- F013 ---
    "F013.title": {"zh": "不能覆盖输入文件", "en": "output would overwrite an input"},
    "F013.message": {
        "zh": "{path} 是输入文件，不能作为输出",
        "en": "{path} is an input file and cannot be the output",
    },
    "F013.help": {"zh": "输出写到另一个文件。", "en": "Write the output to another file."},
    # --- F014 ---
    "F014.title": {"zh": "无法写入", "en": "cannot write"},
    "F014.message": {"zh": "无法写入 {path}：{reason}", "en": "cannot write {path}: {reason}"},
    "F014.help": {
        "zh": "检查目录是否存在、是否可写、磁盘是否已满；不会留下写了一半的文件。",
        "en": "Check that the folder exists and is writable and the disk is not full; no partial file is left behind.",
    },
    # --- F015 ---
    "F015.title": {"zh": "文件类型不对", "en": "wrong kind of file"},
    "F015.message": {
        "zh": "这是{actual_zh}，此处需要{expected_zh}",
        "en": "this is {actual_en}; {expected_en} is needed here",
    },
    "F015.help": {
        "zh": "score 读完成值文件（有 actuals:），show 读目标表（有 indicators:）。",
        "en": "score reads an actuals file (with actuals:), show a target file (with indicators:).",
    },
    # --- F016 ---
    "F016.title": {"zh": "文件过多", "en": "too many files"},
    "F016.message": {
        "zh": "一次要检查 {count} 个文件，超过上限 {limit}",
        "en": "{count} files to check, over the limit of {limit}",
    },
    "F016.help": {
        "zh": "分批检查，或在配置中调整 limits.max_files。",
        "en": "Check them in batches, or raise limits.max_files in the configuration.",
    },
    # --- F017 ---
    "F017.title": {"zh": "指标过多", "en": "too many indicators"},
    "F017.message": {
        "zh": "目标表有 {count} 个指标，超过上限 {limit}",
        "en": "the target file has {count} indicators, over the limit of {limit}",
    },
    "F017.help": {
        "zh": "检查文件是否重复粘贴了内容；上限可在配置中调整（limits.max_indicators）。",
        "en": "Check whether content was pasted twice; the limit is limits.max_indicators in the configuration.",
    },
    # --- Y001 ---
    "Y001.title": {"zh": "YAML 语法错误", "en": "YAML syntax error"},
    "Y001.message": {"zh": "YAML 语法错误：{problem}", "en": "YAML syntax error: {problem}"},
    "Y001.help": {
        "zh": "常见原因：冒号后缺空格、缩进不齐、引号未闭合、值以 @ ` | > 等特殊字符开头而未加引号。",
        "en": "Common causes: no space after a colon, uneven indentation, an unclosed quote, a value starting with a special character (@ ` | >) without quotes.",
    },
    # --- Y002 ---
    "Y002.title": {"zh": "重复的键", "en": "duplicate key"},
    "Y002.message": {
        "zh": "键 “{key}” 重复：第 {first_line} 行已经出现过；YAML 只会保留其中一个值",
        "en": "duplicate key '{key}': already given on line {first_line}; YAML would keep only one of the values",
    },
    "Y002.help": {
        "zh": "删除或合并重复的键。普通 YAML 解析器会悄悄丢弃前一个值，perfcheck 把它视为错误。",
        "en": "Remove or merge the duplicate. Plain YAML parsers silently drop the earlier value; perfcheck treats it as an error.",
    },
    # --- Y003 ---
    "Y003.title": {
        "zh": "不允许锚点、别名或合并键",
        "en": "anchors, aliases and merge keys refused",
    },
    "Y003.message": {
        "zh": "不允许使用{what_zh}；请把内容直接写出来",
        "en": "{what_en} not allowed; write the content out",
    },
    "Y003.help": {
        "zh": "锚点（&）、别名（*）和合并键（<<）让文件难以审阅，还可能被用来制造指数级膨胀；perfcheck 默认拒绝它们。",
        "en": "Anchors (&), aliases (*) and merge keys (<<) make a file hard to review and can be abused to blow up its size; perfcheck refuses them.",
    },
    # --- Y004 ---
    "Y004.title": {"zh": "不允许标签", "en": "tags refused"},
    "Y004.message": {"zh": "不允许使用标签 {tag}", "en": "tag {tag} not allowed"},
    "Y004.help": {
        "zh": "perfcheck 只读取普通数据，不构造任何对象；删除标签，必要时给值加引号。",
        "en": "perfcheck reads plain data and never constructs objects; remove the tag and quote the value if needed.",
    },
    # --- Y005 ---
    "Y005.title": {"zh": "键必须是文字", "en": "keys must be text"},
    "Y005.message": {
        "zh": "键 {key} 被 YAML 读成了{kind_zh}；请加引号：'{key}'",
        "en": "key {key} was read by YAML as {kind_en}; quote it: '{key}'",
    },
    "Y005.help": {
        "zh": "YAML 1.1 会把 on、yes、no、数字、日期等键自动转换类型；加上引号即保持为文字。",
        "en": "YAML 1.1 turns keys such as on, yes, no, numbers and dates into other types; quotes keep them as text.",
    },
    # --- Y006 ---
    "Y006.title": {"zh": "多个 YAML 文档", "en": "several YAML documents"},
    "Y006.message": {
        "zh": "文件包含多个 YAML 文档（--- 分隔）；每个文件只能有一个",
        "en": "the file holds several YAML documents (separated by ---); one per file",
    },
    "Y006.help": {
        "zh": "把每个文档拆成单独的文件。",
        "en": "Put each document in a file of its own.",
    },
    # --- Y007 ---
    "Y007.title": {"zh": "空文件", "en": "empty file"},
    "Y007.message": {
        "zh": "文件为空（没有任何内容，或只有注释）",
        "en": "the file is empty (no content, or only comments)",
    },
    "Y007.help": {
        "zh": "写入目标表或完成值内容，或从检查路径中移除该文件。",
        "en": "Write the target or actuals content, or leave the file out of the checked paths.",
    },
    # --- Y008 ---
    "Y008.title": {"zh": "用制表符缩进", "en": "tab indentation"},
    "Y008.message": {
        "zh": "YAML 不允许用制表符（Tab）缩进；请改用空格",
        "en": "YAML does not allow tabs for indentation; use spaces",
    },
    "Y008.help": {
        "zh": "在编辑器中把制表符替换为两个空格。",
        "en": "Replace tabs with two spaces in your editor.",
    },
    # --- Y009 ---
    "Y009.title": {"zh": "值以特殊字符开头", "en": "value starts with a special character"},
    "Y009.message": {
        "zh": "值 {value} 以 “{first}” 开头，YAML 把它当成了块标记；请加引号：'{value}'",
        "en": "value {value} starts with '{first}', which YAML reads as a block marker; quote it: '{value}'",
    },
    "Y009.help": {
        "zh": "以 > | * & ! % @ ` 开头的值必须加引号，例如 target: '>=4次'。",
        "en": "Values starting with > | * & ! % @ ` need quotes, e.g. target: '>=4次'.",
    },
    # --- Y010 ---
    "Y010.title": {"zh": "不允许的字符", "en": "character not allowed"},
    "Y010.message": {
        "zh": "YAML 不允许字符 {code_point}（控制字符）",
        "en": "YAML does not allow the character {code_point} (a control character)",
    },
    "Y010.help": {
        "zh": "删除该不可见字符；它常来自从 Word 或网页复制的文本。",
        "en": "Delete the invisible character; it often comes with text pasted from Word or a web page.",
    },
    # --- Y011 ---
    "Y011.title": {"zh": "YAML 1.1 的数字写法", "en": "YAML 1.1 number form"},
    "Y011.message": {
        "zh": "{raw} 是{form_zh}数（= {value}）；请写成普通的十进制数",
        "en": "{raw} is a number in {form_en} (= {value}); write a plain decimal number",
    },
    "Y011.help": {
        "zh": "以 0 开头的整数是八进制（010 = 8），0x 开头的是十六进制（0x10 = 16），0b 开头的是二进制（0b101 = 5），0o 开头的是八进制（0o10 = 8），带冒号的数是六十进制（1:30 = 90）。",
        "en": "An integer with a leading 0 is octal (010 = 8), with 0x hexadecimal (0x10 = 16), with 0b binary (0b101 = 5), with 0o octal (0o10 = 8), one with colons base 60 (1:30 = 90).",
    },
    # --- Y012 ---
    "Y012.title": {"zh": "无法构造的值", "en": "value YAML cannot build"},
    "Y012.message": {
        "zh": "YAML 把 {raw} 当作{kind_zh}，但它不是有效的{kind_zh}；若是文字请加引号：'{raw}'",
        "en": "YAML reads {raw} as {kind_en} but it is not a valid one; quote it if it is text: '{raw}'",
    },
    "Y012.help": {
        "zh": "例如 2022-02-30 不是有效日期；期间请写成 2022Q1 或 2022-02 这样的形式。",
        "en": "2022-02-30, for one, is no date; write a period as 2022Q1 or 2022-02.",
    },
    # --- S001 ---
    "S001.title": {"zh": "缺少必填项", "en": "missing field"},
    "S001.message": {"zh": "缺少必填项 “{field}”", "en": "missing field '{field}'"},
    "S001.help": {
        "zh": "补上该字段；各字段的含义见 docs/format.md。",
        "en": "Add the field; docs/format.md explains every key.",
    },
    # --- S002 ---
    "S002.title": {"zh": "未知的键", "en": "unknown key"},
    "S002.message": {
        "zh": "未知的键 “{key}”{suggestion_zh}",
        "en": "unknown key '{key}'{suggestion_en}",
    },
    "S002.help": {
        "zh": "检查拼写；perfcheck 不接受未定义的键，以免拼错的字段被悄悄忽略。",
        "en": "Check the spelling; perfcheck refuses undefined keys so that a misspelt field is never silently ignored.",
    },
    # --- S003 ---
    "S003.title": {"zh": "类型不符", "en": "wrong type"},
    "S003.message": {
        "zh": "应为{expected_zh}，实际是{actual_zh}",
        "en": "expected {expected_en}, got {actual_en}",
    },
    "S003.help": {
        "zh": "按 docs/format.md 的说明填写该字段。",
        "en": "Fill in the field as docs/format.md describes.",
    },
    # --- S004 ---
    "S004.title": {"zh": "YAML 自动转换了类型", "en": "YAML implicit typing"},
    "S004.message": {
        "zh": "这里应为文字，但 YAML 把 {raw} 读成了{kind_zh}；请加引号：'{raw}'",
        "en": "text expected, but YAML read {raw} as {kind_en}; quote it: '{raw}'",
    },
    "S004.help": {
        "zh": "YAML 1.1 会把 no、yes、on、010、12:30、2022-01-01 等写法自动转换成布尔值、数字或日期。加上引号即保持为文字。",
        "en": "YAML 1.1 turns no, yes, on, 010, 12:30 and 2022-01-01 into booleans, numbers or dates. Quotes keep them as text.",
    },
    # --- S005 ---
    "S005.title": {"zh": "取值不合法", "en": "invalid value"},
    "S005.message": {"zh": "取值不合法：{detail_zh}", "en": "invalid value: {detail_en}"},
    "S005.help": {
        "zh": "按 docs/format.md 的说明填写该字段。",
        "en": "Fill in the field as docs/format.md describes.",
    },
    # --- S010 ---
    "S010.title": {"zh": "指标值写法无法识别", "en": "target notation not understood"},
    "S010.message": {
        "zh": "无法识别指标值 “{text}”：{reason_zh}",
        "en": "cannot read target '{text}': {reason_en}",
    },
    "S010.help": {
        "zh": "写成“比较符 + 数值 + 单位”，如 ≥17次/年、=100%、≤30分钟；定性指标写成 定性优良中低差。",
        "en": "Write comparator + number + unit, e.g. ≥17次/年, =100%, ≤30分钟; a qualitative indicator as 定性优良中低差.",
    },
    # --- S011 ---
    "S011.title": {"zh": "比较词有歧义", "en": "ambiguous comparator"},
    "S011.message": {
        "zh": "指标值 “{text}” 中的 “{word}” 有歧义（实际使用中常表示“{usual}”）；若包含本数请写 {inclusive}，不包含请写 {strict}",
        "en": "'{word}' in target '{text}' is ambiguous (in practice often used for '{usual}'); write {inclusive} if the value itself counts, {strict} if it does not",
    },
    "S011.help": {
        "zh": "“大于”“小于”“超过”“低于”等词在已公开的表格中时而包含本数、时而不包含。请用符号写清楚：≥ ≤ 包含本数，＞ ＜ 不包含。",
        "en": "Words like 大于 and 小于 are used both inclusively and strictly in published tables. Write the symbol: ≥ ≤ include the value, ＞ ＜ do not.",
    },
    # --- S012 ---
    "S012.title": {"zh": "缺少比较符", "en": "missing comparator"},
    "S012.message": {
        "zh": "指标值 “{text}” 没有比较符；请写成 {suggestion}",
        "en": "target '{text}' has no comparator; write {suggestion}",
    },
    "S012.help": {
        "zh": "正向指标用 ≥，反向指标用 ≤，必须恰好等于时用 =。",
        "en": "Use ≥ for a positive indicator, ≤ for a reverse one, = when it must be exact.",
    },
    # --- S013 ---
    "S013.title": {"zh": "缺少单位", "en": "missing unit"},
    "S013.message": {
        "zh": "指标值 “{text}” 没有单位；请写成如 {suggestion}",
        "en": "target '{text}' has no unit; write for example {suggestion}",
    },
    "S013.help": {
        "zh": "每个定量指标都必须有计量单位（次、个、%、万元……）。",
        "en": "Every quantitative indicator needs a unit (次, 个, %, 万元 …).",
    },
    # --- S014 ---
    "S014.title": {"zh": "未知的评价等级", "en": "unknown grade scale"},
    "S014.message": {
        "zh": "未定义的定性评价等级 “{scale}”；可用：{known}",
        "en": "undefined qualitative scale '{scale}'; known: {known}",
    },
    "S014.help": {
        "zh": "在 scales: 中定义该等级，或使用内置的 优良中低差、达成度。",
        "en": "Define the scale under scales:, or use a built-in one: 优良中低差, 达成度.",
    },
    # --- S015 ---
    "S015.title": {"zh": "指标编号格式错误", "en": "bad indicator id"},
    "S015.message": {
        "zh": "指标编号 “{id}” 应写成“任务号-序号”，如 2-3",
        "en": "indicator id '{id}' should be task-number, e.g. 2-3",
    },
    "S015.help": {
        "zh": "编号的第一个数字是所服务的任务，第二个是该任务下的指标序号。",
        "en": "The first number is the task the indicator serves, the second its number within it.",
    },
    # --- S016 ---
    "S016.title": {"zh": "未知的评分规则方案", "en": "unknown rules profile"},
    "S016.message": {
        "zh": "未定义的评分规则方案 “{profile}”；可用：{known}",
        "en": "undefined rules profile '{profile}'; known: {known}",
    },
    "S016.help": {
        "zh": "national 是全国默认规则；省级规则方案在配置文件中定义（pyproject.toml 的 [tool.perfcheck.profiles] 或 .perfcheck.yaml 的 profiles:），见 docs/scoring.md。",
        "en": "national is the national default; a province's profile is defined in the configuration ([tool.perfcheck.profiles] in pyproject.toml or profiles: in .perfcheck.yaml), see docs/scoring.md.",
    },
    # --- S020 ---
    "S020.title": {"zh": "期间格式错误", "en": "bad period"},
    "S020.message": {
        "zh": "期间 “{period}” 应写成 2022Q1…2022Q4（季度）或 2022-01…2022-12（月份）",
        "en": "period '{period}' should be 2022Q1…2022Q4 (a quarter) or 2022-01…2022-12 (a month)",
    },
    "S020.help": {
        "zh": "季度写成 年份+Q+季度号，月份写成 年份-月份；月份表示从 1 月起累计至该月。",
        "en": "Write a quarter as year, Q, number; a month as year-month, counted from January.",
    },
    # --- D001 ---
    "D001.title": {"zh": "指标编号重复", "en": "duplicate indicator id"},
    "D001.message": {
        "zh": "指标编号 {id} 重复：第 {first_line} 行已使用",
        "en": "indicator id {id} used twice: already on line {first_line}",
    },
    "D001.help": {
        "zh": "每个三级指标的编号必须唯一。",
        "en": "Every level-3 indicator needs a unique id.",
    },
    # --- D002 ---
    "D002.title": {"zh": "编号指向不存在的任务", "en": "id names an unknown task"},
    "D002.message": {
        "zh": "指标 {id} 属于任务 {task}，但年度主要任务中没有任务 {task}（已有：{known}）",
        "en": "indicator {id} belongs to task {task}, which is not among the tasks ({known})",
    },
    "D002.help": {
        "zh": "检查编号，或在 tasks: 中补上该任务。",
        "en": "Check the id, or add the task under tasks:.",
    },
    # --- D003 ---
    "D003.title": {"zh": "二级指标归属错误", "en": "level-2 under the wrong level-1"},
    "D003.message": {
        "zh": "二级指标 “{level2}” 属于 “{expected}”，不应放在 “{level1}” 下",
        "en": "level-2 '{level2}' belongs to '{expected}', not to '{level1}'",
    },
    "D003.help": {
        "zh": "按《中央部门项目支出核心绩效目标和指标设置及取值指引》的指标体系归类。",
        "en": "Classify it by the national indicator framework (财预〔2021〕101号).",
    },
    # --- D004 ---
    "D004.title": {"zh": "资金来源合计不符", "en": "budget sources do not add up"},
    "D004.message": {
        "zh": "资金来源合计 {sum}，与资金总额 {total} 不符（差 {difference}）",
        "en": "budget sources add up to {sum}, not the total {total} (off by {difference})",
    },
    "D004.help": {
        "zh": "核对财政拨款、其他资金等各项与资金总额。",
        "en": "Check each source against the total.",
    },
    # --- D005 ---
    "D005.title": {"zh": "分值合计不符", "en": "points do not add up"},
    "D005.message": {
        "zh": "“{group}” 下各指标分值合计 {sum}，应为 {expected}",
        "en": "points under '{group}' add up to {sum}, expected {expected}",
    },
    "D005.help": {
        "zh": "调整各三级指标的 points，或删去部分 points 让其余指标平均分配。",
        "en": "Adjust the indicators' points, or drop some so the rest is split evenly.",
    },
    # --- D006 ---
    "D006.title": {"zh": "权重下没有指标", "en": "weight with no indicators"},
    "D006.message": {
        "zh": "一级指标 “{level1}” 有权重 {weight}，但没有任何指标；请在 rules.weights 中明确设置权重",
        "en": "level-1 '{level1}' has a weight of {weight} but no indicators; set rules.weights explicitly",
    },
    "D006.help": {
        "zh": "默认权重为 产出指标 50、效益指标 30、满意度指标 10；没有某类指标的表需要自行设定权重。",
        "en": "The default weights are 产出指标 50, 效益指标 30, 满意度指标 10; a table without one of them must state its own weights.",
    },
    # --- D007 ---
    "D007.title": {"zh": "一级指标没有权重", "en": "level-1 without a weight"},
    "D007.message": {
        "zh": "一级指标 “{level1}” 没有权重；已设权重的有：{known}",
        "en": "level-1 '{level1}' has no weight; weights are set for: {known}",
    },
    "D007.help": {
        "zh": "在 rules.weights 中为它设置权重，或检查一级指标名称。",
        "en": "Give it a weight under rules.weights, or check its name.",
    },
    # --- D008 ---
    "D008.title": {"zh": "任务编号重复", "en": "duplicate task id"},
    "D008.message": {
        "zh": "任务编号 {id} 重复：第 {first_line} 行已使用",
        "en": "task id {id} used twice: already on line {first_line}",
    },
    "D008.help": {"zh": "每个任务的编号必须唯一。", "en": "Every task needs a unique id."},
    # --- D009 ---
    "D009.title": {"zh": "等级得分率不在档次内", "en": "grade share outside its band"},
    "D009.message": {
        "zh": "等级 “{grade}” 的得分率 {share} 不在 “{band}” 档（{low}–{high}）内",
        "en": "grade '{grade}' has a share of {share}, outside band '{band}' ({low}–{high})",
    },
    "D009.help": {
        "zh": "达成 80%–100%（含 80%），部分达成 60%–80%，未达成 0–60%（财预〔2020〕10号）。",
        "en": "达成 80–100 % (80 included), 部分达成 60–80 %, 未达成 0–60 % (财预〔2020〕10号).",
    },
    # --- D010 ---
    "D010.title": {"zh": "总分构成不符", "en": "points budget does not add up"},
    "D010.message": {
        "zh": "预算执行分值 {budget} 加各一级指标权重 {weights}，合计 {sum}，应为总分 {total}",
        "en": "budget points {budget} plus level-1 weights {weights} make {sum}, not the total {total}",
    },
    "D010.help": {
        "zh": "国家默认：总分 100 = 预算执行 10 + 产出 50 + 效益 30 + 满意度 10。",
        "en": "National default: 100 = budget 10 + 产出 50 + 效益 30 + 满意度 10.",
    },
    # --- D011 ---
    "D011.title": {"zh": "分值精度超过舍入单位", "en": "points finer than the rounding"},
    "D011.message": {
        "zh": "分值 {value} 不是舍入单位 {quantum} 的整数倍",
        "en": "points of {value} are not a whole number of the rounding unit {quantum}",
    },
    "D011.help": {
        "zh": "得分按 rules.rounding 舍入，分值必须与之同精度，否则表格无法合计。",
        "en": "Scores are rounded to rules.rounding; points must be as coarse, or the table cannot add up.",
    },
    # --- D020 ---
    "D020.title": {"zh": "未知的指标编号", "en": "unknown indicator id"},
    "D020.message": {
        "zh": "目标表中没有指标 {id}（相近的有：{close}）",
        "en": "the target file has no indicator {id} (close: {close})",
    },
    "D020.help": {
        "zh": "完成值文件的键必须是目标表中的指标编号；perfcheck show 可列出全部编号。",
        "en": "Keys under actuals must be ids of the target file; perfcheck show lists them.",
    },
    # --- D021 ---
    "D021.title": {"zh": "单位不符", "en": "unit mismatch"},
    "D021.message": {
        "zh": "指标 {id} 的完成值 “{value}” 单位是 “{unit}”，目标表的单位是 “{expected}”",
        "en": "actual '{value}' of indicator {id} is in '{unit}', the target file uses '{expected}'",
    },
    "D021.help": {
        "zh": "按目标表的单位填写，或只写数字（按指标单位理解）。",
        "en": "Write it in the target's unit, or give the bare number (read in that unit).",
    },
    # --- D022 ---
    "D022.title": {"zh": "等级不在评价等级中", "en": "grade not on the scale"},
    "D022.message": {
        "zh": "指标 {id} 的评价 “{grade}” 不在等级 “{scale}” 中（可用：{grades}）",
        "en": "grade '{grade}' of indicator {id} is not on scale '{scale}' ({grades})",
    },
    "D022.help": {
        "zh": "定性指标的完成值写该指标评价等级中的一个等级，如 优。",
        "en": "A qualitative actual is one grade of the indicator's scale, e.g. 优.",
    },
    # --- D023 ---
    "D023.title": {"zh": "得分率不在档次内", "en": "score rate outside its band"},
    "D023.message": {
        "zh": "指标 {id} 的得分率 {rate} 不在等级 “{grade}” 所属的 “{band}” 档（{low}–{high}）内",
        "en": "score rate {rate} of indicator {id} lies outside band '{band}' of grade '{grade}' ({low}–{high})",
    },
    "D023.help": {
        "zh": "评价人只能在所评等级的档次内选择得分率（财预〔2020〕10号）。",
        "en": "The evaluator picks a rate inside the band of the grade given (财预〔2020〕10号).",
    },
    # --- D024 ---
    "D024.title": {"zh": "期间不在目标年度", "en": "period outside the target year"},
    "D024.message": {
        "zh": "期间 {period} 不在目标表的年度 {year} 内",
        "en": "period {period} is not in the target file's year {year}",
    },
    "D024.help": {
        "zh": "检查期间，或 targets: 是否指向了正确年度的目标表。",
        "en": "Check the period, or whether targets: names the right year's file.",
    },
    # --- D025 ---
    "D025.title": {"zh": "人工调整缺少说明", "en": "adjustment without explanation"},
    "D025.message": {
        "zh": "指标 {id} 有人工调整，但没有说明理由（explanation）",
        "en": "indicator {id} has a manual adjustment but no explanation",
    },
    "D025.help": {
        "zh": "每一项人工扣分或加分都必须写明理由。",
        "en": "Every manual adjustment must give its reason.",
    },
    # --- D026 ---
    "D026.title": {"zh": "不适用的指标不应有完成值", "en": "value on a not-applicable indicator"},
    "D026.message": {
        "zh": "指标 {id} 标为不适用，却又填写了完成值",
        "en": "indicator {id} is marked not applicable but has a value",
    },
    "D026.help": {
        "zh": "二者只能取其一：删除 value，或删除 not_applicable。",
        "en": "Keep one of the two: the value or not_applicable.",
    },
    # --- D027 ---
    "D027.title": {"zh": "完成值无法识别", "en": "actual value not understood"},
    "D027.message": {
        "zh": "无法识别指标 {id} 的完成值 “{value}”（指标值 {target}）",
        "en": "cannot read actual '{value}' of indicator {id} (target {target})",
    },
    "D027.help": {
        "zh": "定量指标写数字，可带单位，如 98%、5次。",
        "en": "Write a number for a quantitative indicator, optionally with its unit: 98%, 5次.",
    },
    # --- D028 ---
    "D028.title": {"zh": "完成值为负数", "en": "negative actual"},
    "D028.message": {
        "zh": "指标 {id} 的完成值 {value} 为负数",
        "en": "actual {value} of indicator {id} is negative",
    },
    "D028.help": {
        "zh": "数量、比率类完成值不能为负。",
        "en": "Counts and rates cannot be negative.",
    },
    # --- D029 ---
    "D029.title": {"zh": "比率超过 100%", "en": "rate above 100 %"},
    "D029.message": {
        "zh": "指标 {id} 的完成值 {value} 超过 100%，该比率不可能超过 100%",
        "en": "actual {value} of indicator {id} is above 100 %, which this rate cannot exceed",
    },
    "D029.help": {
        "zh": "完成率、满意度等比率的上限是 100%；检查是否填成了数量。",
        "en": "Rates such as 完成率 and 满意度 top out at 100 %; check for a count typed as a rate.",
    },
    # --- D030 ---
    "D030.title": {"zh": "定量指标不能有得分率", "en": "score rate on a quantitative indicator"},
    "D030.message": {
        "zh": "指标 {id} 是定量指标，得分按公式计算，不能填写 score_rate",
        "en": "indicator {id} is quantitative and scored by formula; score_rate does not apply",
    },
    "D030.help": {
        "zh": "score_rate 只用于定性指标；定量指标需要调整时用 adjustment 并说明理由。",
        "en": "score_rate is for qualitative indicators; use adjustment with an explanation.",
    },
    # --- D031 ---
    "D031.title": {
        "zh": "完成值的比较符与目标不符",
        "en": "comparator in the actual contradicts the target",
    },
    "D031.message": {
        "zh": "指标 {id} 的完成值 “{value}” 带有比较符，与指标值 {target} 的方向不符；完成值请只写数值",
        "en": "actual '{value}' of indicator {id} carries a comparator that contradicts target {target}; write the value alone",
    },
    "D031.help": {
        "zh": "完成值是实际达到的数值，不需要比较符。",
        "en": "An actual is the value reached; it needs no comparator.",
    },
    # --- D032 ---
    "D032.title": {"zh": "预算数为零", "en": "zero budget"},
    "D032.message": {
        "zh": "执行率的分母（{which_zh}）为 0，无法计算预算执行率",
        "en": "the denominator of the execution rate (the {which_en}) is 0",
    },
    "D032.help": {
        "zh": "填写全年预算数（budget.adjusted）或年初预算数（budget.initial）。",
        "en": "Give the full-year budget (budget.adjusted) or the initial budget (budget.initial).",
    },
    # --- D033 ---
    "D033.title": {"zh": "完成值的数字写法不清楚", "en": "actual number unclear"},
    "D033.message": {
        "zh": "指标 {id} 的完成值 “{text}” 不能按数值读取：{reason_zh}",
        "en": "the actual '{text}' of indicator {id} cannot be read as a number: {reason_en}",
    },
    "D033.help": {
        "zh": "写成普通的十进制数，可带单位，如 1000、98%、5次。",
        "en": "Write a plain decimal number, optionally with its unit: 1000, 98%, 5次.",
    },
    # --- D040 ---
    "D040.title": {"zh": "趋势中的目标表不一致", "en": "trend over different target files"},
    "D040.message": {
        "zh": "本文件的目标表是 {path}，而 {file}:{line} 的是 {other}；一个趋势只能对应一个目标表",
        "en": "this file's target file is {path}, but {file}:{line} names {other}; a trend follows one target file",
    },
    "D040.help": {
        "zh": "按目标表分别查看趋势，或修正 targets: 路径。",
        "en": "Look at each target file's trend separately, or correct the targets: path.",
    },
    # --- D041 ---
    "D041.title": {"zh": "期间重复", "en": "period repeated"},
    "D041.message": {
        "zh": "期间 {period} 已在 {file}:{line} 出现过",
        "en": "period {period} already appears in {file}:{line}",
    },
    "D041.help": {
        "zh": "每个期间只能有一个完成值文件；删除或改正重复的那个。",
        "en": "One actuals file per period; remove or correct the repeated one.",
    },
    # --- W001 ---
    "W001.title": {"zh": "指标编号不连续", "en": "gap in indicator ids"},
    "W001.message": {
        "zh": "任务 {task} 的指标编号从 {before} 跳到 {after}，缺少 {missing}{hint_zh}",
        "en": "task {task}'s indicator ids jump from {before} to {after}: {missing} missing{hint_en}",
    },
    "W001.help": {
        "zh": "确认是否漏填了指标；任务内容中提到的目标通常都应有对应的三级指标。",
        "en": "Check whether an indicator was left out; targets named in a task's text usually have an indicator.",
    },
    # --- W002 ---
    "W002.title": {"zh": "未知的二级指标", "en": "unknown level-2 name"},
    "W002.message": {
        "zh": "二级指标 “{level2}” 不在“{level1}”的标准指标体系中（标准：{known}）",
        "en": "level-2 '{level2}' is not in the standard framework of '{level1}' ({known})",
    },
    "W002.help": {
        "zh": "各地表格常自拟二级指标，这只是提醒；请确认名称无误。",
        "en": "Local tables often invent level-2 names; this is a reminder to check the name.",
    },
    # --- W003 ---
    "W003.title": {"zh": "比率类指标单位不是 %", "en": "rate without %"},
    "W003.message": {
        "zh": "指标 “{name}” 看起来是比率，但单位是 “{unit}”，不是 %",
        "en": "indicator '{name}' reads like a rate but its unit is '{unit}', not %",
    },
    "W003.help": {
        "zh": "名称以“率”结尾的指标通常以百分比计量。",
        "en": "Indicators named …率 are usually measured in percent.",
    },
    # --- W004 ---
    "W004.title": {"zh": "≥ 目标超过 100%", "en": "≥ target above 100 %"},
    "W004.message": {
        "zh": "指标值 {target} 要求超过 100%，比率类指标通常无法达到",
        "en": "target {target} asks for more than 100 %, which a rate usually cannot reach",
    },
    "W004.help": {
        "zh": "检查目标值是否录入有误。",
        "en": "Check the target value for a typing error.",
    },
    # --- W005 ---
    "W005.title": {"zh": "看不见的字符", "en": "invisible character"},
    "W005.message": {
        "zh": "这里有一个看不见的字符 {code_point}；名称看起来相同却无法匹配",
        "en": "an invisible character {code_point} stands here; names that look the same will not match",
    },
    "W005.help": {
        "zh": "删除该字符；它常来自从网页或 Word 复制的文本（零宽空格、软连字符、BOM）。",
        "en": "Delete it; it usually comes with text pasted from a web page or Word (zero-width space, soft hyphen, BOM).",
    },
    # --- W010 ---
    "W010.title": {"zh": "偏差缺少说明", "en": "deviation without explanation"},
    "W010.message": {
        "zh": "指标 {id}（{reason_zh}）需要填写偏差原因分析及改进措施（explanation）",
        "en": "indicator {id} ({reason_en}) needs an explanation of the deviation",
    },
    "W010.help": {
        "zh": "未完成、超额完成、定性未达成、不适用的指标都应说明原因与改进措施（财预〔2020〕10号）。",
        "en": "Unmet, over-achieved, qualitatively short and not-applicable indicators all need an explanation (财预〔2020〕10号).",
    },
    # --- W011 ---
    "W011.title": {"zh": "执行率偏低缺少说明", "en": "low execution rate without explanation"},
    "W011.message": {
        "zh": "预算执行率 {rate} 低于 {threshold}，需要说明原因（budget.explanation）",
        "en": "budget execution rate {rate} is below {threshold} and needs an explanation",
    },
    "W011.help": {
        "zh": "执行率低于阈值（默认 90%）时须说明原因。",
        "en": "An execution rate below the threshold (90 % by default) must be explained.",
    },
    # --- W012 ---
    "W012.title": {"zh": "缺少完成值", "en": "missing actual"},
    "W012.message": {
        "zh": "指标 {id} {name} 没有完成值；年终自评时按 0 分计",
        "en": "indicator {id} {name} has no actual; at year-end it scores 0",
    },
    "W012.help": {
        "zh": "在 actuals: 下补上该指标的完成值，或写明 not_applicable 及原因。",
        "en": "Add its actual under actuals:, or mark it not_applicable with a reason.",
    },
    # --- W013 ---
    "W013.title": {"zh": "预计无法完成缺少说明", "en": "shortfall forecast without explanation"},
    "W013.message": {
        "zh": "指标 {id} 预计全年无法完成目标（或完成可能性不是“确定能”），需要说明原因和措施",
        "en": "indicator {id} is forecast to miss its target (or its likelihood is not 确定能) and needs an explanation",
    },
    "W013.help": {
        "zh": "运行监控中，预计完成不了的指标要说明偏差原因和纠偏措施（财预〔2019〕136号）。",
        "en": "In monitoring, an indicator forecast to fall short needs the cause and the corrective measures (财预〔2019〕136号).",
    },
    # --- W014 ---
    "W014.title": {"zh": "红灯缺少说明", "en": "red light without explanation"},
    "W014.message": {
        "zh": "指标 {id} 的进度为序时要求的 {progress}（红灯），需要填写偏差原因分析及纠偏措施（explanation）",
        "en": "indicator {id} is at {progress} of what is due by now (red light) and needs the cause and the corrective measures (explanation)",
    },
    "W014.help": {
        "zh": "运行监控中，红灯指标（进度低于黄灯阈值，默认 70%）须分析偏差原因并提出纠偏措施（财预〔2019〕136号）；写在该指标的 explanation 中，监控报告会列出它。",
        "en": "In monitoring, an indicator on a red light (progress below the yellow threshold, 70 % by default) needs the cause and the corrective measures (财预〔2019〕136号); write them in its explanation, which the monitoring report lists.",
    },
    # --- W040 ---
    "W040.title": {"zh": "累计数下降", "en": "cumulative count fell"},
    "W040.message": {
        "zh": "指标 {id} 的累计值从 {before}（{file}:{line}）降到 {after}",
        "en": "the cumulative value of indicator {id} fell from {before} ({file}:{line}) to {after}",
    },
    "W040.help": {
        "zh": "累计指标（次数、人次……）应随期间只增不减；检查是否填成了当期数而不是累计数。",
        "en": "A cumulative count (次, 人次 …) cannot fall between periods; check whether a period's own figure was entered instead of the running total.",
    },
    # --- what the commands say -------------------------------------------------------
    "no_such_path": {
        "zh": "路径不存在、没有匹配的文件，或目录中没有 YAML 文件",
        "en": "no such path, no file matches, or the folder holds no YAML file",
    },
    "no_actuals": {"zh": "没有完成值文件", "en": "no actuals file"},
    "unknown_code": {
        "zh": "未知的诊断代码（perfcheck explain 列出全部）",
        "en": "unknown code (perfcheck explain lists them all)",
    },
    "step_summary_is_input": {
        "zh": "它是本次读取的文件或一个目录",
        "en": "it is a file this run reads, or a folder",
    },
    "step_summary_failed": {
        "zh": "perfcheck: 未写入 GITHUB_STEP_SUMMARY 指定的 {path}（{reason}）",
        "en": "perfcheck: the step summary {path} named by GITHUB_STEP_SUMMARY was not written "
        "({reason})",
    },
    "usage_line": {"zh": "用法：{usage}", "en": "Usage: {usage}"},
    "usage_help": {
        "zh": "运行 “{command} --help” 查看帮助。",
        "en": "Try '{command} --help' for help.",
    },
    "usage_error": {"zh": "错误：{message}", "en": "Error: {message}"},
    "usage_no_such_option": {"zh": "没有选项 {option}", "en": "No such option: {option}"},
    "usage_did_you_mean": {"zh": "（可能是：{options}）", "en": " (Possible options: {options})"},
    "usage_needs_value": {
        "zh": "选项 {option} 后须写一个值",
        "en": "Option '{option}' requires an argument.",
    },
    "usage_missing_argument": {"zh": "缺少参数 {name}", "en": "Missing argument '{name}'."},
    "usage_missing_option": {"zh": "缺少选项 {name}", "en": "Missing option '{name}'."},
    "usage_no_such_command": {
        "zh": "没有命令 “{command}”（perfcheck --help 列出全部命令）",
        "en": "No such command '{command}'.",
    },
    "usage_bad_value": {
        "zh": "{name} 的值无效：{detail}",
        "en": "Invalid value for {name}: {detail}",
    },
    "usage_at_least": {"zh": "应不小于 {bound}", "en": "it should be at least {bound}"},
    "usage_at_most": {"zh": "应不大于 {bound}", "en": "it should be at most {bound}"},
    "usage_whole_number": {"zh": "应为整数", "en": "it should be a whole number"},
    "usage_one_of": {"zh": "应为 {choices} 之一", "en": "it should be one of {choices}"},
    "init_created": {
        "zh": "已创建 {path}：{count} 个指标的完成值待填写（{period}）",
        "en": "created {path}: the actuals of {count} indicators to fill in ({period})",
    },
    "summary_written": {"zh": "已写入 {path}（{format}）", "en": "wrote {path} ({format})"},
    "told_config": {"zh": "配置：{file}", "en": "configuration: {file}"},
    "told_no_config": {"zh": "配置：无（全部默认）", "en": "configuration: none (all defaults)"},
    "told_targets": {
        "zh": "读取绩效目标表：{path}（评分规则方案：{profile}）",
        "en": "read target file {path} (rules profile: {profile})",
    },
    "told_actuals": {
        "zh": "读取完成值文件：{path}（{period}）",
        "en": "read actuals file {path} ({period})",
    },
}

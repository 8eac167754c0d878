"""Every text perfcheck shows a person, in every language it speaks, by key.

A language is one more column of this table (and a value of `Lang`). Keys: `CODE.title`,
`CODE.message`, `CODE.help` for each diagnostic code; `group.X` for a code's group; the
reports' words under the report's name (`score.…`, `summary.…`); the commands' words bare.
Templates take `{placeholders}`; an argument that is a `Phrase` is itself looked up here, in
the same language.
"""

from __future__ import annotations

from typing import Literal, get_args

Lang = Literal["zh", "en"]  # the languages, Chinese first: the default
LANGUAGES: tuple[Lang, ...] = get_args(Lang)

TEXTS: dict[str, dict[Lang, str]] = {
    "list_separator": {"zh": "、", "en": ", "},
    # --- diagnostic groups ----------------------------------------------------------
    "group.F": {"zh": "文件与输入限制", "en": "file and input limits"},
    "group.Y": {"zh": "YAML 语法与严格性", "en": "YAML syntax and strictness"},
    "group.S": {"zh": "结构（模式）", "en": "schema"},
    "group.D": {"zh": "业务规则", "en": "domain rules"},
    "group.T": {"zh": "表格识别", "en": "table recognition"},
    "group.W": {"zh": "警告", "en": "warnings"},
    # --- F001 ---
    "F001.title": {"zh": "无法读取文件", "en": "cannot read file"},
    "F001.message": {"zh": "无法读取文件：{reason}", "en": "cannot read file: {reason}"},
    "F001.help": {
        "zh": "检查路径是否存在、是否为普通文件、是否有读取权限。",
        "en": "Check that the path exists, is a regular file and is readable.",
    },
    # --- F002 ---
    "F002.title": {"zh": "不是 UTF-8 编码", "en": "not UTF-8"},
    "F002.message": {
        "zh": "文件不是 UTF-8 编码{guess}；请另存为 UTF-8{option}",
        "en": "file is not UTF-8{guess}; save it as UTF-8{option}",
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
        "zh": "targets: 指向的目标表 {path} 无法读取：{reason}",
        "en": "the target file {path} named by targets: cannot be read: {reason}",
    },
    "F010.help": {
        "zh": "targets: 的路径相对于完成值文件所在目录；也可以用 --targets 指定。",
        "en": "The targets: path is relative to the actuals file's folder; --targets overrides it.",
    },
    # --- F011 ---
    "F011.title": {"zh": "目标表有错误", "en": "target file has errors"},
    "F011.message": {
        "zh": "targets: 指向的 {path} 不是有效的目标表（{reason}）",
        "en": "{path}, named by targets:, is not a valid target file ({reason})",
    },
    "F011.help": {
        "zh": "先用 perfcheck validate 修正目标表中的错误。",
        "en": "Fix the target file first (perfcheck validate lists its problems).",
    },
    # --- F012 ---
    "F012.title": {"zh": "输出文件已存在", "en": "output exists"},
    "F012.message": {
        "zh": "{path} 已存在，不会覆盖；summary、show 和 import 加 --force 可替换它（init 从不覆盖）",
        "en": "{path} already exists and is left as it is; summary, show and import replace it with --force (init never does)",
    },
    "F012.help": {
        "zh": "换一个文件名，或先移走已有文件；summary、show 或 import 确需替换已有文件时加 --force。init 从不覆盖已填写的完成值。",
        "en": "Choose another name or move the existing file away; to have summary, show or import replace it, add --force. init never overwrites actuals already filled in.",
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
        "zh": "这是{actual}，此处需要{expected}",
        "en": "this is {actual}; {expected} is needed here",
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
    # --- F020 ---
    "F020.title": {"zh": "无法读取表格文件", "en": "cannot read table file"},
    "F020.message": {
        "zh": "无法作为{kind}读取：{reason}",
        "en": "cannot be read as {kind}: {reason}",
    },
    "F020.help": {
        "zh": "用 Excel、WPS 或 Word 打开并另存一次；文本请另存为 UTF-8、GBK 或 UTF-16。",
        "en": "Open the file in Excel, WPS or Word and save it again; save text as UTF-8, GBK or UTF-16.",
    },
    # --- F021 ---
    "F021.title": {"zh": "内容与扩展名不符", "en": "content does not match extension"},
    "F021.message": {
        "zh": "扩展名是 {extension}，内容却是{found}",
        "en": "the extension is {extension} but the content is {found}",
    },
    "F021.help": {
        "zh": "按内容改正扩展名；业务系统导出的 .xls 有时是网页，请用 Excel 或 WPS 打开后另存为 .xlsx。",
        "en": "Rename the file after its content; an .xls exported by a budget system is sometimes a web page: open it in Excel or WPS and save it as .xlsx.",
    },
    # --- F022 ---
    "F022.title": {"zh": "没有这个工作表", "en": "no such sheet"},
    "F022.message": {
        "zh": "没有名为“{sheet}”的工作表；{names}",
        "en": "no sheet named “{sheet}”; {names}",
    },
    "F022.help": {
        "zh": "--sheet 按工作表标签上的名称选表，区分大小写与空格。",
        "en": "--sheet takes the name on the sheet's tab, exactly as written.",
    },
    # --- F023 ---
    "F023.title": {"zh": "没有第 N 个表格", "en": "no table N"},
    "F023.message": {
        "zh": "没有第 {number} 个表格：文件中有 {count} 个（{names}）",
        "en": "there is no table {number}: the file has {count} ({names})",
    },
    "F023.help": {
        "zh": "--table 从 1 起数，按表格在文件中出现的顺序。",
        "en": "--table counts from 1, in the order the tables appear in the file.",
    },
    # --- F024 ---
    "F024.title": {"zh": "表格过大", "en": "table too large"},
    "F024.message": {
        "zh": "{where}有 {cells} 个单元格，超过上限 {limit}",
        "en": "{where} has {cells} cells, over the limit of {limit}",
    },
    "F024.help": {
        "zh": "绩效目标表只有几百个单元格；常见原因是整张工作表被设置了格式，删除多余的行和列后另存。",
        "en": "A target table has a few hundred cells; a sheet formatted to its last row or column is the usual cause: delete the extra rows and columns and save again.",
    },
    # --- F025 ---
    "F025.title": {"zh": "不是表格文件", "en": "not a table file"},
    "F025.message": {
        "zh": "无法读取扩展名为 {extension} 的文件；可读取：{known}",
        "en": "files ending in {extension} cannot be read; readable: {known}",
    },
    "F025.help": {
        "zh": "PDF 或网页中的表格：选中表格复制，粘贴到 .txt 文件或用 - 从标准输入读取。",
        "en": "For a table in a PDF or a web page, select and copy it, then paste it into a .txt file or pipe it in with -.",
    },
    # --- F026 ---
    "F026.title": {"zh": "文件中没有表格", "en": "no table in file"},
    "F026.message": {
        "zh": "文件中没有表格（文件是{kind}）",
        "en": "this file, {kind}, holds no table",
    },
    "F026.help": {
        "zh": "工作簿只读取可见且非空的工作表（隐藏的表可用 --sheet 指定）；Word 文档只读取正文中的表格。",
        "en": "A workbook's visible, non-empty sheets are read (name a hidden one with --sheet); a Word document's tables in its body.",
    },
    # --- F027 ---
    "F027.title": {"zh": "有多张指标表", "en": "several indicator tables"},
    "F027.message": {
        "zh": "文件中有 {count} 张指标表（{names}）；用 --sheet 或 --table 指定要导入的一张（文件中的表格：{all}）",
        "en": "the file has {count} indicator tables ({names}); say which to import with --sheet or --table (the file's tables: {all})",
    },
    "F027.help": {
        "zh": "导入单个文件时只写出一个目标文件，不会替你猜选哪一张表。用 --sheet 工作表名 或 --table 序号 指定；导入整个文件夹时，每张表各写一个文件。",
        "en": "Importing one file writes one target file, and which table it comes from is not guessed. Name it with --sheet NAME or --table N; a folder's import writes a file for each table.",
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
        "zh": "不允许使用{what}；请把内容直接写出来",
        "en": "{what} not allowed; write the content out",
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
        "zh": "键 {key} 被 YAML 读成了{kind}；请加引号：'{key}'",
        "en": "key {key} was read by YAML as {kind}; quote it: '{key}'",
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
        "zh": "{raw} 是{form}数（= {value}）；请写成普通的十进制数",
        "en": "{raw} is a number in {form} (= {value}); write a plain decimal number",
    },
    "Y011.help": {
        "zh": "以 0 开头的整数是八进制（010 = 8），0x 开头的是十六进制（0x10 = 16），0b 开头的是二进制（0b101 = 5），0o 开头的是八进制（0o10 = 8），带冒号的数是六十进制（1:30 = 90）。",
        "en": "An integer with a leading 0 is octal (010 = 8), with 0x hexadecimal (0x10 = 16), with 0b binary (0b101 = 5), with 0o octal (0o10 = 8), one with colons base 60 (1:30 = 90).",
    },
    # --- Y012 ---
    "Y012.title": {"zh": "无法构造的值", "en": "value YAML cannot build"},
    "Y012.message": {
        "zh": "YAML 把 {raw} 当作{kind}，但它不是有效的{kind}；若是文字请加引号：'{raw}'",
        "en": "YAML reads {raw} as {kind} but it is not a valid one; quote it if it is text: '{raw}'",
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
        "zh": "未知的键 “{key}”{suggestion}",
        "en": "unknown key '{key}'{suggestion}",
    },
    "S002.help": {
        "zh": "检查拼写；perfcheck 不接受未定义的键，以免拼错的字段被悄悄忽略。",
        "en": "Check the spelling; perfcheck refuses undefined keys so that a misspelt field is never silently ignored.",
    },
    # --- S003 ---
    "S003.title": {"zh": "类型不符", "en": "wrong type"},
    "S003.message": {
        "zh": "应为{expected}，实际是{actual}",
        "en": "expected {expected}, got {actual}",
    },
    "S003.help": {
        "zh": "按 docs/format.md 的说明填写该字段。",
        "en": "Fill in the field as docs/format.md describes.",
    },
    # --- S004 ---
    "S004.title": {"zh": "YAML 自动转换了类型", "en": "YAML implicit typing"},
    "S004.message": {
        "zh": "这里应为文字，但 YAML 把 {raw} 读成了{kind}；请加引号：'{raw}'",
        "en": "text expected, but YAML read {raw} as {kind}; quote it: '{raw}'",
    },
    "S004.help": {
        "zh": "YAML 1.1 会把 no、yes、on、010、12:30、2022-01-01 等写法自动转换成布尔值、数字或日期。加上引号即保持为文字。",
        "en": "YAML 1.1 turns no, yes, on, 010, 12:30 and 2022-01-01 into booleans, numbers or dates. Quotes keep them as text.",
    },
    # --- S005 ---
    "S005.title": {"zh": "取值不合法", "en": "invalid value"},
    "S005.message": {"zh": "取值不合法：{detail}", "en": "invalid value: {detail}"},
    "S005.help": {
        "zh": "按 docs/format.md 的说明填写该字段。",
        "en": "Fill in the field as docs/format.md describes.",
    },
    # --- S010 ---
    "S010.title": {"zh": "指标值写法无法识别", "en": "target notation not understood"},
    "S010.message": {
        "zh": "无法识别指标值 “{text}”：{reason}",
        "en": "cannot read target '{text}': {reason}",
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
        "zh": "指标编号 “{id}” 格式错误：{form}",
        "en": "bad indicator id '{id}': {form}",
    },
    "S015.task_numbered": {
        "zh": "部门整体支出表（有 tasks）写成“任务号-序号”，如 2-3",
        "en": "a department table (with tasks) writes task-number, e.g. 2-3",
    },
    "S015.free": {
        "zh": "不按任务编号的表（如项目支出表）写序号或不含小数点的编号，如 3、A1；1.2 这样的编号"
        "像是写错的“任务号-序号”",
        "en": "a table not numbered by task (a project table, say) writes a number or an id "
        "without a dot, e.g. 3 or A1; an id like 1.2 reads as a mistyped task-number",
    },
    "S015.help": {
        "zh": "有年度主要任务（tasks:）的表写编号时，第一个数字是所服务的任务，第二个是该任务下的"
        "指标序号；编号也可都不写（按文件顺序编为 1、2、3…），项目支出表和没有任务的表亦然。",
        "en": "In a table with tasks: that writes ids, the first number is the task the indicator "
        "serves, the second its number within it; ids may also be left out everywhere (numbered "
        "1, 2, 3… in file order), as in project tables and tables without tasks.",
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
        "zh": "期间 “{period}” 应写成 {year}Q1…{year}Q4（季度）或 {year}-01…{year}-12（月份）",
        "en": "period '{period}' should be {year}Q1…{year}Q4 (a quarter) or {year}-01…{year}-12 (a month)",
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
        "zh": "先核对两边：一级指标的权重（rules.weights）是否与本单位的评分办法一致，各三级指标的 points 是否填对；再改错的一边，或删去部分 points 让其余指标平均分配。各行都有分值时也可删去 rules.weights，权重即为各行之和。",
        "en": "Check both sides: whether the level-1 weight (rules.weights) is the one your scoring rules set, and whether the indicators' points are right; then correct the wrong one, or drop some points so the rest is split evenly. When every row has points, rules.weights can also go: the weights then follow from the rows.",
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
        "zh": "待平均分配的分值 {value} 不是舍入单位 {quantum} 的整数倍",
        "en": "points of {value} to split evenly are not a whole number of the rounding unit {quantum}",
    },
    "D011.help": {
        "zh": "未写 points 的指标平分一级指标权重的剩余部分，每份须是 rules.rounding 的整数倍；请为这些指标写明 points，或调整权重。",
        "en": "Indicators without points share what is left of the level-1 weight in whole units of rules.rounding; give them their points, or change the weight.",
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
        "zh": "执行率的分母（{which}）为 0，无法计算预算执行率",
        "en": "the denominator of the execution rate (the {which}) is 0",
    },
    "D032.help": {
        "zh": "填写全年预算数（budget.adjusted）或年初预算数（budget.initial）。",
        "en": "Give the full-year budget (budget.adjusted) or the initial budget (budget.initial).",
    },
    # --- D033 ---
    "D033.title": {"zh": "完成值的数字写法不清楚", "en": "actual number unclear"},
    "D033.message": {
        "zh": "指标 {id} 的完成值 “{text}” 不能按数值读取：{reason}",
        "en": "the actual '{text}' of indicator {id} cannot be read as a number: {reason}",
    },
    "D033.help": {
        "zh": "写成普通的十进制数，可带单位，如 1000、98%、5次。",
        "en": "Write a plain decimal number, optionally with its unit: 1000, 98%, 5次.",
    },
    # --- D034 ---
    "D034.title": {"zh": "人工调整没有可调整的得分", "en": "adjustment with nothing to adjust"},
    "D034.message": {
        "zh": "指标 {id} 有人工调整（adjustment），但{reason}，调整不会计入",
        "en": "indicator {id} has an adjustment, but {reason}: it would not count",
    },
    "D034.help": {
        "zh": "人工调整加减在指标的得分上：写上调整的分数（如 -2），并先填写完成值（value）；不适用的指标不计分，也就不能调整，删去 adjustment。",
        "en": "An adjustment changes an indicator's score: write its amount (e.g. -2) and give the value first; a not-applicable indicator scores nothing and cannot be adjusted, so delete the adjustment.",
    },
    "D034.no_value": {"zh": "没有完成值", "en": "it has no value"},
    "D034.not_applicable": {"zh": "该指标不适用", "en": "it is not applicable"},
    "D034.no_amount": {"zh": "没有写调整的分数", "en": "it gives no amount"},
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
    # --- T001 ---
    "T001.title": {"zh": "找不到表头", "en": "header not found"},
    "T001.message": {
        "zh": "表中找不到{part}；应有{labels}",
        "en": "the table has no {part}; expected {labels}",
    },
    "T001.help": {
        "zh": "导入按标签而非位置识别表格：检查该部分的标签是否在表中、写法是否为官方表样的写法（如“三级指标”“指标值”“部门名称”），或是否选错了工作表或表格（--sheet、--table）。年度取自标题：表格前几行中的标题，Word 文档中也可以是表格上方的标题段落。监控表的期间取自“期间：2023Q2”一行或标题后的“（2023Q2）”，不会按年终推定。",
        "en": "Import finds a table's parts by their labels, not their positions: check that the part's labels are in the table, written as the official forms write them (三级指标, 指标值, 部门名称), and that the right sheet or table was chosen (--sheet, --table). The year comes from the title: in the table's first rows or, in a Word document, a title paragraph above the table. A 监控表's period comes from its “期间：2023Q2” line or “（2023Q2）” after its title, never taken for the year's end.",
    },
    # --- T002 ---
    "T002.title": {"zh": "未知的列标题", "en": "unknown column header"},
    "T002.message": {
        "zh": "列标题 {header} 无法识别；可识别的有：{labels}",
        "en": "column header {header} is not known; known are: {labels}",
    },
    "T002.help": {
        "zh": "导入不猜测未知列的含义：把标题改为官方表样的写法（如“度量单位”“实际完成值”），或删除该列。",
        "en": "Import does not guess what an unknown column means: write its header as the official forms do (度量单位, 实际完成值), or remove the column.",
    },
    # --- T003 ---
    "T003.title": {"zh": "指标值无比较符也无方向", "en": "target without comparator or direction"},
    "T003.message": {
        "zh": "指标值 {text} 没有比较符，该行也没有指标性质（正向、反向）",
        "en": "target {text} has no comparator, and the row has no direction (正向, 反向)",
    },
    "T003.help": {
        "zh": "原表如此：生成的目标文件照录原文，validate 会报告 S012。在表中写上比较符（≥90%）或在指标性质列写正向、反向后重新导入，或直接修改目标文件。",
        "en": "The table says so: the target file carries the text as published and validate reports S012. Add the comparator (≥90%) or a direction (正向, 反向) in the table and import again, or correct the target file.",
    },
    # --- T004 ---
    "T004.title": {"zh": "合并单元格跨越指标层级", "en": "merged cell across levels"},
    "T004.message": {
        "zh": "合并单元格跨越了 {first} 与 {last} 两列",
        "en": "a merged cell spans both the {first} and the {last} column",
    },
    "T004.help": {
        "zh": "一、二、三级指标各占一列；合并单元格只应纵向延续同一层级。拆分该单元格，把各级指标写入各自的列。",
        "en": "Level-1, level-2 and level-3 indicators each have their column; a merged cell may only continue one level downwards. Split the cell and write each level in its own column.",
    },
    # --- T005 ---
    "T005.title": {"zh": "数字列中有文字", "en": "text in a number column"},
    "T005.message": {
        "zh": "{column} 列应为数字，此处为 {text}",
        "en": "the {column} column holds numbers; this cell holds {text}",
    },
    "T005.help": {
        "zh": "分值、得分、预算金额和执行率须为数字（可带千位分隔符或 %）；改正该单元格后重新导入。",
        "en": "Points, scores, budget amounts and execution rates are numbers (thousands separators and % allowed); correct the cell and import again.",
    },
    # --- T006 ---
    "T006.title": {"zh": "层级单元格为空", "en": "level cell empty"},
    "T006.message": {
        "zh": "此行开始新的一组指标，却没有{level}",
        "en": "this row starts a group of indicators but has no {level}",
    },
    "T006.help": {
        "zh": "每组指标的第一行须写明其一级、二级指标（其下各行可留空，表示延续）。常见原因：合并单元格跨越了两个层级列，复制为文本后其中一列成了空格。把层级名写入各自的列。",
        "en": "The first row of each group must name its level-1 and level-2 indicator (the rows below may leave them empty to continue it). Often a cell merged across two level columns, copied as text, has left one of them empty. Write each level's name in its own column.",
    },
    # --- T007 ---
    "T007.title": {"zh": "计分规则行无法读取", "en": "scoring rule row unreadable"},
    "T007.message": {
        "zh": "计分规则表中的 {text} 无法读取：{reason}",
        "en": "{text} on the scoring rules sheet cannot be read: {reason}",
    },
    "T007.help": {
        "zh": "计分规则表每行一项设置：设置列写 rules 下的键名（如 rounding、cap、weights），取值列按 YAML 写法填写（如 0.1、false、{产出指标: 50, 效益指标: 30}）。",
        "en": "Each row of the scoring rules sheet gives one setting: its key under rules (rounding, cap, weights …) in the Setting column, its value as YAML writes it (0.1, false, {产出指标: 50, 效益指标: 30}) in the Value column.",
    },
    "reason.unknown_setting": {"zh": "没有这项设置", "en": "no such setting"},
    "reason.setting_value": {
        "zh": "取值不是 YAML 能读的写法",
        "en": "the value is not YAML",
    },
    # --- perfcheck audit: the A codes (engine/audit/checks.py), the command (commands/audit.py,
    # cli/declarations/audit.py) and its report (reports/audit.py) ---
    "group.A": {"zh": "原表复核", "en": "published figures audit"},
    "A001.title": {"zh": "原表得分与重算不符", "en": "printed score not reproduced"},
    "A001.message": {
        "zh": "指标 {id} 原表得分 {published}，按评分规则应为 {recomputed}",
        "en": "indicator {id} is printed with {published} points; the rules give {recomputed}",
    },
    "A001.help": {
        "zh": "原表所印得分与按目标表规则重算的得分不同（已计入舍入）。查看 audit 报告的 explained_by：若某种舍入或封顶规则能解释，把它写进目标表的 rules:；否则核对原表计算。",
        "en": "The printed score differs from the one the target file's rules give (rounding included). See the audit's explained_by: if a rounding or cap setting explains it, write it under the target file's rules:; otherwise check the table's arithmetic.",
    },
    "A002.title": {"zh": "得分超过分值", "en": "score above its points"},
    "A002.message": {
        "zh": "指标 {id} 原表得分 {published} 超过其分值 {points}",
        "en": "indicator {id} is printed with {published} points, above its {points}",
    },
    "A002.help": {
        "zh": "得分默认不超过分值（cap: true）。少数地方超额完成不封顶：若原表如此，在目标表 rules: 中写 cap: false。",
        "en": "No score exceeds its points by default (cap: true). A few places do not cap over-achievement: if the table does so, write cap: false under the target file's rules:.",
    },
    "A003.title": {"zh": "分值合计与总分不符", "en": "points do not add up"},
    "A003.message": {
        "zh": "原表各指标分值合计 {rows}，加预算执行 {budget}，共 {sum} 分，而总分为 {total} 分",
        "en": "the printed points add up to {rows}, with the budget's {budget} to {sum}, not the total of {total}",
    },
    "A003.help": {
        "zh": "分值须加总为总分（默认 100）。常见的是按 100 分印制、实际分值合计 110 的表：核对分值，或在目标表 rules: 中写明 total_points。",
        "en": "The points must add up to the total (100 by default). A common slip is a table printed as 100 points whose points add up to 110: check the points, or state total_points under the target file's rules:.",
    },
    "A004.title": {"zh": "各行得分之和不等于总分", "en": "rows do not add up to the total"},
    "A004.message": {
        "zh": "原表总分 {published}，而各行得分（含预算执行）合计 {rows}，相差 {difference}",
        "en": "the printed total is {published} but the printed rows (budget included) add up to {rows}, {difference} apart",
    },
    "A004.help": {
        "zh": "总分应等于预算执行得分与各指标得分之和。核对原表的加总。",
        "en": "The total is the budget row's score plus every indicator's. Check the table's sum.",
    },
    "A005.title": {"zh": "总分与重算不符", "en": "total not reproduced"},
    "A005.message": {
        "zh": "原表总分 {published}，按评分规则应为 {recomputed}",
        "en": "the printed total is {published}; the rules give {recomputed}",
    },
    "A005.help": {
        "zh": "总分是各行得分（按规则舍入后）之和。先看各行的差异；若规则能解释，见 explained_by。",
        "en": "The total is the sum of the rounded rows. Look at the rows' differences first; where a setting explains them, see explained_by.",
    },
    "A006.title": {"zh": "执行率与预算数不符", "en": "execution rate not reproduced"},
    "A006.message": {
        "zh": "原表执行率 {published}，而执行数 {spent} / 预算数 {budget} 为 {recomputed}",
        "en": "the printed execution rate is {published}, but {spent} spent of {budget} is {recomputed}",
    },
    "A006.help": {
        "zh": "执行率 = 全年执行数 / 全年预算数（budget_denominator: initial 时为年初预算数），按原表所印位数四舍五入比较。",
        "en": "The execution rate is the amount spent over the full-year budget (the initial one with budget_denominator: initial), compared at the places the table prints.",
    },
    "A007.title": {"zh": "预算执行得分与执行率不符", "en": "budget score not reproduced"},
    "A007.message": {
        "zh": "原表预算执行得分 {published}，按执行率 {rate} 与分值 {points} 应为 {recomputed}",
        "en": "the budget row is printed with {published}; a rate of {rate} of {points} points gives {recomputed}",
    },
    "A007.help": {
        "zh": "预算执行得分 = 分值 × min(1, 执行率)。不少地方对该行取整（如去尾到整数）：见 explained_by 中的 budget_rounding 与 budget_rounding_mode。",
        "en": "The budget score is points × min(1, rate). Many places round this row to whole points (often down): see budget_rounding and budget_rounding_mode in explained_by.",
    },
    "A008.title": {"zh": "等级与原表总分不符", "en": "grade does not match the printed total"},
    "A008.message": {
        "zh": "原表等级 {grade}，而原表总分 {total} 对应 {expected}",
        "en": "the printed grade is {grade}, but the printed total {total} is {expected}",
    },
    "A008.help": {
        "zh": "等级由总分决定（≥90 优、≥80 良、≥60 中、其余差，可在 rules.grades 中设置）。",
        "en": "The grade follows from the total (优 from 90, 良 from 80, 中 from 60, else 差; set by rules.grades).",
    },
    "A009.title": {"zh": "等级与重算总分不符", "en": "grade not reproduced"},
    "A009.message": {
        "zh": "原表等级 {grade}，按重算总分 {total} 应为 {expected}",
        "en": "the printed grade is {grade}; the recomputed total {total} is {expected}",
    },
    "A009.help": {
        "zh": "原表等级与其总分相符，但总分本身与重算不同，等级随之不同。先解决总分的差异。",
        "en": "The printed grade fits the printed total, but the total itself is not reproduced and the grade with it. Resolve the total first.",
    },
    "A010.title": {"zh": "已完成指标被扣分", "en": "met target lost points"},
    "A010.message": {
        "zh": "指标 {id} 已完成目标，原表却只得 {published} 分（应得 {recomputed} 分），且未说明原因",
        "en": "indicator {id} met its target but is printed with {published} points, not {recomputed}, and no reason is given",
    },
    "A010.help": {
        "zh": "完成目标的指标应得满分。若评审另有扣分，在完成值文件中写 adjustment 并附 explanation（原表在偏差原因栏写明扣分理由时，报告为 A001）；否则是原表的笔误。",
        "en": "A met target earns its points. If the reviewer deducted some, record it as an adjustment with its explanation in the actuals file (a table that gives the reason in its explanation column is reported as A001 instead); otherwise the table has a slip.",
    },
    "A011.title": {"zh": "未完成指标得满分", "en": "unmet target with full points"},
    "A011.message": {
        "zh": "指标 {id} 未完成目标，原表却得满分 {published}（应得 {recomputed} 分）",
        "en": "indicator {id} missed its target but is printed with full points, {published}, not {recomputed}",
    },
    "A011.help": {
        "zh": "未完成的指标按完成比例得分。核对实际完成值与得分。",
        "en": "An unmet target earns its share of the points. Check the actual value and the score.",
    },
    "A012.title": {"zh": "未完成指标没有说明", "en": "unmet target not explained"},
    "A012.message": {
        "zh": "指标 {id} 未完成目标，原表没有偏差原因分析及改进措施",
        "en": "indicator {id} missed its target and the table gives no explanation",
    },
    "A012.help": {
        "zh": "未完成的指标须说明偏差原因和改进措施（财预〔2020〕10号）；在该指标的 explanation 中写明。",
        "en": "An unmet target needs the cause of the deviation and the measures taken (财预〔2020〕10号); write them in the indicator's explanation.",
    },
    "A013.title": {"zh": "一级指标分值合计与权重不符", "en": "points do not add up to the weight"},
    "A013.message": {
        "zh": "原表 “{group}” 下各指标分值合计 {sum}，而其权重为 {weight}",
        "en": "the printed points under '{group}' add up to {sum}, not its weight of {weight}",
    },
    "A013.help": {
        "zh": "一级指标下各三级指标的分值之和应等于该一级指标的权重（默认 产出指标 50、效益指标 30、满意度指标 10，可在目标表 rules.weights 中设置）。核对原表分值，或写明本单位的权重。",
        "en": "The points of a level-1 group's indicators add up to its weight (by default 产出指标 50, 效益指标 30, 满意度指标 10; set by rules.weights in the target file). Check the printed points, or state your weights.",
    },
    "help.audit": {
        "zh": "复核已发布的自评表：重算每个得分、合计、执行率和等级，并找出能解释原表的评分规则\n\n"
        "读取带 published:（原表所印得分、总分、等级、执行率）的年终完成值文件或目录。每处与重算不符的数字定位到其所在行；再在一组常见的地方做法（舍入、封顶、反向指标公式、执行率分母）中找出改动最少、能重现最多数字的规则，给出可直接粘贴的 rules:。\n\n"
        "退出码：0 原表数字全部重现，1 有数字不符，2 输入无法读取。",
        "en": "re-check a published self-evaluation: every printed score, sum, rate and grade, and the rules that explain it.\n\n"
        "Reads year-end actuals files (or folders) that carry published: (the printed scores, total, grade and rate). Every printed figure perfcheck does not reproduce is located at its line; then the local practices most tables follow (rounding, the cap, the reverse formula, the budget's denominator) are searched for the fewest changes that reproduce the most figures, given as a rules: block to paste.\n\n"
        "Exit status: 0 every printed figure reproduced, 1 some not, 2 an input cannot be read.",
    },
    "help.audit.paths": {
        "zh": "完成值文件或目录",
        "en": "actuals files or folders",
    },
    "help.audit.format": {
        "zh": "text（默认）、json、concise、github、sarif、junit",
        "en": "text (default), json, concise, github, sarif, junit",
    },
    "audit.not_year_end": {
        "zh": "{period} 不是年终自评期间，无可复核的自评表",
        "en": "{period} is not a year-end period: there is no self-evaluation to audit",
    },
    "audit.no_self_evaluation": {
        "zh": "没有找到填好的绩效自评表（需有 三级指标、年度指标值、实际完成值 等表头）",
        "en": "no filled self-evaluation found (a table headed 三级指标, 年度指标值, 实际完成值 …)",
    },
    "audit.nothing_to_audit": {
        "zh": "没有可复核的文件：输入中没有年终完成值文件，也没有填好的自评表",
        "en": "nothing to audit: no year-end actuals file and no filled self-evaluation among the inputs",
    },
    "audit.nothing_printed": {
        "zh": "没有 published: 原表数字，无可复核",
        "en": "no published: figures to check",
    },
    "audit.column.id": {"zh": "编号", "en": "Id"},
    "audit.column.name": {"zh": "指标", "en": "Indicator"},
    "audit.column.points": {"zh": "分值", "en": "Points"},
    "audit.column.published": {"zh": "原表", "en": "Printed"},
    "audit.column.recomputed": {"zh": "重算", "en": "Recomputed"},
    "audit.row.budget": {"zh": "预算执行率得分", "en": "Budget score"},
    "audit.row.rate": {"zh": "执行率（%）", "en": "Execution rate (%)"},
    "audit.row.total": {"zh": "总分", "en": "Total"},
    "audit.row.grade": {"zh": "等级", "en": "Grade"},
    "audit.explained_by": {
        "zh": "按以下规则可重现 {reproduced}/{printed}：",
        "en": "these rules reproduce {reproduced} of {printed}:",
    },
    "count.printed_figures.one": {"zh": "{count} 个原表数字", "en": "{count} printed figure"},
    "count.printed_figures.many": {"zh": "{count} 个原表数字", "en": "{count} printed figures"},
    "audit.own_rules": {
        "zh": "目标表自身的规则最能解释原表（{reproduced}/{printed}）",
        "en": "the target file's own rules explain the most ({reproduced} of {printed})",
    },
    "audit.unexplained": {
        "zh": "任何规则都无法解释：{ids}",
        "en": "no setting explains: {ids}",
    },
    "audit.summary": {
        "zh": "复核 {files}：{clean} 个全部重现，{differ} 个有不符，{unreadable} 个无法读取",
        "en": "audited {files}: {clean} reproduced, {differ} with differences, {unreadable} unreadable",
    },
    # --- W001 ---
    "W001.title": {"zh": "指标编号不连续", "en": "gap in indicator ids"},
    "W001.message": {
        "zh": "任务 {task} 的指标编号从 {before} 跳到 {after}，缺少 {missing}{hint}",
        "en": "task {task}'s indicator ids jump from {before} to {after}: {missing} missing{hint}",
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
    # --- W007 ---
    "W007.title": {"zh": "计量单位空缺，已按指标名称补足", "en": "blank unit taken from the name"},
    "W007.message": {
        "zh": "指标 “{name}” 的计量单位空缺，按名称读作 “{unit}”；请写成 {suggestion}",
        "en": "indicator '{name}' has a blank unit, read as '{unit}' from its name; write {suggestion}",
    },
    "W007.help": {
        "zh": "名称写明了计数对象（…次数、…人数、…个数）时，空缺的度量单位按名称补足；写上单位即可消除提醒。",
        "en": "Where the name says what is counted (…次数, …人数, …个数) a blank unit is taken from it; write the unit to silence this.",
    },
    # --- D043 ---
    "D043.title": {"zh": "“其中”子项重名", "en": "sub-rows with the same name"},
    "D043.message": {
        "zh": "指标 {id} 的“其中”子项 “{name}” 重复（第 {first_line} 行已有）",
        "en": "indicator {id} lists the sub-row '{name}' twice (first on line {first_line})",
    },
    "D043.help": {
        "zh": "完成值按子项名称填写，同一指标下的子项名称须各不相同。",
        "en": "Actuals name a sub-row by its name: the sub-rows of one indicator need different names.",
    },
    # --- D044 ---
    "D044.title": {"zh": "一级指标所印权重不一致", "en": "level-1 weights printed differently"},
    "D044.message": {
        "zh": "一级指标 “{level1}” 印有 {printed} 分，而{other} {weight} 分",
        "en": "level-1 '{level1}' prints {printed} points, but {other} {weight}",
    },
    "D044.row": {"zh": "第 {line} 行印的是", "en": "line {line} prints"},
    "D044.rules": {"zh": "rules.weights 写的是", "en": "rules.weights gives"},
    "D044.help": {
        "zh": "一级指标单元格中的分值（如“产出指标(70分)”）即该一级指标的权重，各行须印同一个数，并与 rules.weights 一致；核对评分办法后改正错的一处，或只在一处写权重。",
        "en": "The points in a level-1 cell (产出指标(70分)) are that level-1's weight: every row must print the same number, and rules.weights must agree; check the scoring rules and correct the wrong one, or state the weight in one place only.",
    },
    # --- D045 ---
    "D045.title": {"zh": "预算执行重复计分", "en": "budget execution scored twice"},
    "D045.message": {
        "zh": "指标 {id} 是预算执行率，已按其分值计分：{reason}",
        "en": "indicator {id} is the budget's execution rate, scored by its points: {reason}",
    },
    "D045.rows": {
        "zh": "第 {line} 行的指标也是预算执行率",
        "en": "the indicator on line {line} is one too",
    },
    "D045.points": {
        "zh": "rules.budget_points 又给预算执行另设 {points} 分",
        "en": "rules.budget_points gives the budget another {points} points",
    },
    "D045.help": {
        "zh": "指标清单中列有“预算执行率”（或资金执行率）一行时，预算执行按这一行的分值计分，不另设预算执行分值：删去 rules.budget_points（或写 0），或删去这一行而保留 budget_points。清单中只能有一行预算执行率。",
        "en": "When the indicator list has a 预算执行率 (or 资金执行率) row, the budget is scored by that row's points and has none of its own: delete rules.budget_points (or write 0), or delete the row and keep budget_points. The list may have one such row only.",
    },
    # --- D046 ---
    "D046.title": {"zh": "指标编号不完整", "en": "indicator ids incomplete"},
    "D046.message": {
        "zh": "这一指标没有编号，而本表其他指标按“任务号-序号”编号（如 {example}）：不能确定它"
        "属于哪项年度主要任务",
        "en": "this indicator has no id while the table's other indicators are numbered by task "
        "(e.g. {example}): which task it serves cannot be told",
    },
    "D046.help": {
        "zh": "给每个指标写上“任务号-序号”编号；或都不写，指标按文件顺序编为 1、2、3…，不归属某项"
        "任务。",
        "en": "Give every indicator its task-number id, or none of them: they are then numbered "
        "1, 2, 3… in file order and serve no task in particular.",
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
        "zh": "指标 {id}（{reason}）需要填写偏差原因分析及改进措施（explanation）",
        "en": "indicator {id} ({reason}) needs an explanation of the deviation",
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
    # --- W015 ---
    "W015.title": {"zh": "执行率与预算数据不符", "en": "execution rate unlike the budget's"},
    "W015.message": {
        "zh": "指标 {id} 填写的执行率 {value} 与全年执行数 / 预算数算得的 {rate} 不符，按所填计分",
        "en": "indicator {id} gives an execution rate of {value}, but spent / budget is {rate}; scored as written",
    },
    "W015.help": {
        "zh": "预算执行率一行的完成值可以不填，由 budget 中的全年执行数和预算数算出；填写时应与之一致（按所填的小数位比较，95% 与 94.83% 一致）。核对 budget.spent、budget.adjusted 和这一行的完成值。",
        "en": "The actual of a 预算执行率 row may be left out: it is spent over the budget in budget:. Written, it should agree with them at the places it is written to (95% agrees with 94.83 %). Check budget.spent, budget.adjusted and the row's value.",
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
    # --- W050 ---
    "W050.title": {"zh": "推断的分值列", "en": "points column guessed"},
    "W050.message": {
        "zh": "此列无可识别的标题，按其数字（合计 {total}）当作分值",
        "en": "this column has no known header; its numbers (adding to {total}) are taken for points",
    },
    "W050.help": {
        "zh": "表中没有“分值”列，导入把一列全为数字的无标题列当作分值。核对后在表中写上“分值”标题，或修改生成的目标文件。",
        "en": "The table has no 分值 column, so import took a header-less column holding only numbers for the points. Check it, then give the column its 分值 header or correct the target file.",
    },
    # --- W051 ---
    "W051.title": {"zh": "按内容重排的行", "en": "row read by content"},
    "W051.message": {
        "zh": "此行单元格与表头的列不对齐，按内容读作：{reading}{more}",
        "en": "this row's cells are not under their headers; read by content as: {reading}{more}",
    },
    "W051.help": {
        "zh": "从 PDF 或网页复制的表格常有列错位：导入按单元格内容（指标编号、已知的一二级指标名称、指标值的写法）重排该行。核对生成的目标文件中该指标的层级、名称和指标值。",
        "en": "Tables copied from a PDF or a web page often have shifted columns: import rebuilt the row from its cells' contents (indicator ids, the known level names, how a target is written). Check this indicator's levels, name and target in the target file.",
    },
    # --- W052 ---
    "W052.title": {"zh": "年度取自项目名称", "en": "year read from the project name"},
    "W052.message": {
        "zh": "表中没有写明年度的标题，年度取自项目名称 “{name}”：{year}",
        "en": "no title gives the year; it is read from the project name “{name}”: {year}",
    },
    "W052.help": {
        "zh": "绩效目标表和自评表的年度写在标题中（如“2023年度项目支出绩效自评表”）。表中没有这样的标题，也没有单独一行的“（2023年度）”，导入便取项目名称中的年份；跨年度实施的项目名称中的年份可能不是本表的年度，请核对生成文件的 year:。",
        "en": "A target or self-evaluation table gives its year in its title (such as 2023年度项目支出绩效自评表). This table has no such title and no line of its own like （2023年度）, so import took the year in the project's name; a project running over several years may carry another year in its name, so check the year: of the file written.",
    },
    # --- W053 ---
    "W053.title": {"zh": "未导入的单元格", "en": "cell not imported"},
    "W053.message": {
        "zh": "导入未读取此单元格：{text}",
        "en": "import did not read this cell: {text}",
    },
    "W053.help": {
        "zh": "该单元格在表格的各部分之间或之中，却不在导入认识的位置上：不在已知的标题下、不是任务或资金来源的一行、或是一行中多出的单元格。它的内容没有写入生成的文件。核对原表：把它改为官方表样的写法后重新导入，或把它的内容补入生成的文件。",
        "en": "The cell stands among or within the table's parts but not where import knows to read: not under a known header, not a row of the tasks or of the budget's sources, or a cell more than its row's columns. What it says is in none of the files written. Check the table: write it as the official forms do and import again, or add what it says to the files written.",
    },
    # --- the parts of messages: reasons, kinds, hints ---------------------------------------
    "nothing": {"zh": "", "en": ""},
    "import.labels": {"zh": "标签：{labels}", "en": "the labels {labels}"},
    "import.expected.title": {
        "zh": "写明年度的标题，如 “2023年度项目支出绩效自评表”，或单独一行的 “（2023年度）”",
        "en": "a title giving the year, such as “2023年度项目支出绩效自评表”, or “（2023年度）” on a line of its own",
    },
    "import.expected.period": {
        "zh": "写明期间的一行，如 “期间：2023Q2”，或标题后的 “（2023Q2）”",
        "en": "a line giving the period, such as “期间：2023Q2”, or “（2023Q2）” after the title",
    },
    "import.part.period": {"zh": "监控期间", "en": "monitoring period"},
    "import.part.indicators": {"zh": "指标表的表头", "en": "indicator table header"},
    "import.part.title": {"zh": "标题（年度）", "en": "title (the year)"},
    "import.part.department": {"zh": "部门名称", "en": "department name"},
    "import.part.project": {"zh": "项目名称", "en": "project name"},
    "import.part.budget": {"zh": "预算（资金总额）", "en": "budget (total)"},
    "import.column.points": {"zh": "分值", "en": "points (分值)"},
    "import.column.score": {"zh": "得分", "en": "score (得分)"},
    "import.column.amount": {"zh": "金额", "en": "amount"},
    "import.origin": {
        "zh": "由 perfcheck import 自 {file}（{table}）生成",
        "en": "made by perfcheck import from {file} ({table})",
    },
    "import.whole_table": {"zh": "全文", "en": "whole text"},
    "import.stdin": {"zh": "标准输入", "en": "standard input"},
    "import.shifted_more.one": {
        "zh": "；其下 1 行（{last}）也按内容读取",
        "en": "; so is the row below it (at {last})",
    },
    "import.shifted_more.many": {
        "zh": "；其下 {count} 行（至 {last}）也按内容读取",
        "en": "; so are the {count} rows below it (down to {last})",
    },
    "import.read": {"zh": "读取 {file}：{kind}", "en": "read {file}: {kind}"},
    "import.read_text": {
        "zh": "读取 {file}：{kind}，编码 {encoding}",
        "en": "read {file}: {kind}, encoding {encoding}",
    },
    "import.skipped": {
        "zh": "{file}：{table} 中没有指标表，未导入",
        "en": "{file}: {table} has no indicator table and is not imported",
    },
    "import.wrote_targets": {
        "zh": "已写入 {path}：{count}（{source}）",
        "en": "wrote {path}: {count} ({source})",
    },
    "count.indicators.one": {"zh": "{count} 个指标", "en": "{count} indicator"},
    "count.indicators.many": {"zh": "{count} 个指标", "en": "{count} indicators"},
    "import.wrote_actuals": {
        "zh": "已写入 {path}：完成值、偏差原因与表上印出的数字",
        "en": "wrote {path}: actual values, explanations and the figures the table prints",
    },
    "import.actuals_left": {
        "zh": "{source} 是填好的自评表；其完成值没有写出，用 --actuals 文件 保存它们",
        "en": "{source} is a filled self-evaluation; its actual values were not written: --actuals FILE keeps them",
    },
    "import.no_actuals": {
        "zh": "{source} 不是填好的自评表，没有完成值：{path} 未写出",
        "en": "{source} is no filled self-evaluation and has no actual values: {path} not written",
    },
    "import.nothing": {
        "zh": "{source}：没有可导入的指标，未写出文件",
        "en": "{source}: no indicator to import, no file written",
    },
    "import.total": {
        "zh": "{files}：导入 {tables}，写出 {targets}和 {actuals}；{failed}",
        "en": "{files}: {tables} imported, {targets} and {actuals} written; {failed}",
    },
    "import.same_output": {
        "zh": "--actuals 与 -o 是同一个文件",
        "en": "--actuals and -o name the same file",
    },
    "import.actuals_in_batch": {
        "zh": "--actuals 只用于导入单个表格；导入文件夹时，自评表的完成值写在目标文件旁（名称.actuals.yaml）",
        "en": "--actuals is for a single table; a folder's self-evaluations get their actuals beside the target file (NAME.actuals.yaml)",
    },
    "import.stdin_into_folder": {
        "zh": "从标准输入导入时，{option} 须是文件名，不能是文件夹",
        "en": "importing standard input, {option} must name a file, not a folder",
    },
    "import.no_tables": {
        "zh": "{folder}：文件夹中没有表格文件（{extensions}）",
        "en": "{folder}: no table files in the folder ({extensions})",
    },
    "import.output_not_a_folder": {
        "zh": "{path}：导入文件夹时 -o 须是文件夹",
        "en": "{path}: importing a folder, -o must be a folder",
    },
    "count.tables.one": {"zh": "{count} 张表", "en": "{count} table"},
    "count.tables.many": {"zh": "{count} 张表", "en": "{count} tables"},
    "count.table_files.one": {"zh": "{count} 个表格文件", "en": "{count} table file"},
    "count.table_files.many": {"zh": "{count} 个表格文件", "en": "{count} table files"},
    "count.target_files.one": {"zh": "{count} 个目标文件", "en": "{count} target file"},
    "count.target_files.many": {"zh": "{count} 个目标文件", "en": "{count} target files"},
    "count.actuals_files.one": {"zh": "{count} 个完成值文件", "en": "{count} actuals file"},
    "count.actuals_files.many": {"zh": "{count} 个完成值文件", "en": "{count} actuals files"},
    "count.failed_files.one": {"zh": "{count} 个文件未能导入", "en": "{count} file not imported"},
    "count.failed_files.many": {"zh": "{count} 个文件未能导入", "en": "{count} files not imported"},
    "verbatim": {"zh": "{text}", "en": "{text}"},
    "reason.a_folder": {"zh": "是一个目录", "en": "is a folder"},
    "reason.not_toml": {"zh": "不是有效的 TOML：{problem}", "en": "not valid TOML: {problem}"},
    "reason.toml_too_deep": {"zh": "嵌套过深，无法读取", "en": "nested too deeply to be read"},
    "config.both": {
        "zh": "{dotfile} 与 {pyproject} 的 [tool.perfcheck] 都在配置 perfcheck；请只保留其中一个",
        "en": "{dotfile} and {pyproject} [tool.perfcheck] both configure perfcheck; keep one of them",
    },
    "reason.no_such_file": {"zh": "不存在或不是普通文件", "en": "no such file"},
    "reason.unknown_encoding": {
        "zh": "未知的编码 {encoding}（可用如 gbk、utf-16）",
        "en": "unknown encoding {encoding} (use e.g. gbk, utf-16)",
    },
    "reason.unusable_encoding": {
        "zh": "不是可用的文本编码 {encoding}（可用如 gbk、utf-16）",
        "en": "not a usable text encoding {encoding} (use e.g. gbk, utf-16)",
    },
    "reason.not_a_text_encoding": {
        "zh": "不是文本编码 {encoding}（可用如 gbk、utf-16）",
        "en": "not a text encoding {encoding} (use e.g. gbk, utf-16)",
    },
    "reason.not_in_encoding": {
        "zh": "无法按 {encoding} 编码读取",
        "en": "cannot be read as {encoding}",
    },
    "reason.table_encoding": {
        "zh": "既不是 UTF-8、UTF-16，也不是 GBK/GB18030 编码的文本",
        "en": "the text is neither UTF-8, UTF-16 nor GBK/GB18030",
    },
    "reason.table_binary": {
        "zh": "含有 NUL 字节，不是文本",
        "en": "it holds NUL bytes and is not text",
    },
    "reason.unzipped_too_large": {
        "zh": "解压后 {size} 字节，超过上限 {limit} 字节",
        "en": "{size} bytes unpacked, over the limit of {limit} bytes",
    },
    "reason.not_a_table_kind": {
        "zh": "只能读取 xlsx、xls、ods、docx 与文本表格",
        "en": "only xlsx, xls, ods, docx and text tables can be read",
    },
    "tables.not_a_workbook": {"zh": "它不是工作簿", "en": "it is not a workbook"},
    "tables.sheets_are": {"zh": "工作表有：{names}", "en": "its sheets: {names}"},
    "table_kind.xlsx": {"zh": "Excel 工作簿（xlsx）", "en": "an Excel workbook (xlsx)"},
    "table_kind.xls": {
        "zh": "Excel 97-2003 工作簿（xls）",
        "en": "an Excel 97-2003 workbook (xls)",
    },
    "table_kind.ods": {
        "zh": "OpenDocument 表格（ods）",
        "en": "an OpenDocument spreadsheet (ods)",
    },
    "table_kind.docx": {"zh": "Word 文档（docx）", "en": "a Word document (docx)"},
    "table_kind.doc": {"zh": "Word 97-2003 文档（doc）", "en": "a Word 97-2003 document (doc)"},
    "table_kind.ole": {"zh": "Office 97-2003 文件", "en": "an Office 97-2003 file"},
    "table_kind.zip": {"zh": "zip 压缩包", "en": "a zip archive"},
    "table_kind.html": {"zh": "网页（HTML/XML）", "en": "a web page (HTML/XML)"},
    "table_kind.csv": {"zh": "CSV 文本", "en": "CSV text"},
    "table_kind.tsv": {"zh": "制表符分隔的文本", "en": "tab-separated text"},
    "table_kind.text": {"zh": "文本", "en": "text"},
    "F002.guess": {"zh": "，看起来是 {name}", "en": "; it looks like {name}"},
    "F002.option": {
        "zh": "，或用 --encoding {encoding} 读取",
        "en": ", or read it with --encoding {encoding}",
    },
    "kind.bool": {"zh": "布尔值", "en": "a boolean"},
    "kind.int": {"zh": "整数", "en": "an integer"},
    "kind.float": {"zh": "小数", "en": "a decimal number"},
    "kind.null": {"zh": "空值", "en": "null"},
    "kind.timestamp": {"zh": "日期", "en": "a date"},
    "kind.collection": {"zh": "集合", "en": "a collection"},
    "kind.mapping": {"zh": "映射", "en": "a mapping"},
    "kind.list": {"zh": "列表", "en": "a list"},
    "kind.text": {"zh": "文字", "en": "text"},
    "expected.text": {"zh": "文字", "en": "text"},
    "expected.integer": {"zh": "整数", "en": "an integer"},
    "expected.number": {"zh": "数值", "en": "a number"},
    "expected.boolean": {"zh": "布尔值（true/false）", "en": "a boolean (true/false)"},
    "expected.mapping": {"zh": "映射（键: 值）", "en": "a mapping (key: value)"},
    "expected.list": {"zh": "列表（- 项）", "en": "a list (- item)"},
    "detail.greater_than_equal": {"zh": "应不小于 {ge}", "en": "{msg}"},
    "detail.greater_than": {"zh": "应大于 {gt}", "en": "{msg}"},
    "detail.less_than_equal": {"zh": "应不大于 {le}", "en": "{msg}"},
    "detail.less_than": {"zh": "应小于 {lt}", "en": "{msg}"},
    "detail.literal_error": {"zh": "应为以下之一：{expected}", "en": "{msg}"},
    "detail.enum": {"zh": "应为以下之一：{expected}", "en": "{msg}"},
    "detail.too_short": {"zh": "至少需要 {min_length} 项", "en": "{msg}"},
    "detail.string_too_short": {"zh": "不能为空", "en": "{msg}"},
    "detail.finite_number": {"zh": "应为有限数值", "en": "{msg}"},
    "detail.decimal_max_places": {"zh": "最多 {decimal_places} 位小数", "en": "{msg}"},
    "detail.decimal_max_digits": {"zh": "最多 {max_digits} 位数字", "en": "{msg}"},
    "detail.decimal_whole_digits": {"zh": "整数部分最多 {whole_digits} 位", "en": "{msg}"},
    "detail.string_too_long": {"zh": "最多 {max_length} 个字符", "en": "{msg}"},
    "detail.string_pattern_mismatch": {"zh": "写法不符合要求（应匹配 {pattern}）", "en": "{msg}"},
    "detail.too_long": {"zh": "最多 {max_length} 项", "en": "{msg}"},
    "detail.multiple_of": {"zh": "应为 {multiple_of} 的整数倍", "en": "{msg}"},
    "detail.int_parsing_size": {"zh": "整数太大", "en": "{msg}"},
    "detail.float_type": {"zh": "应为数值", "en": "{msg}"},
    "detail.float_parsing": {"zh": "应为数值", "en": "{msg}"},
    "detail.union_tag_invalid": {"zh": "无法判断属于哪一种写法", "en": "{msg}"},
    "detail.union_tag_not_found": {"zh": "无法判断属于哪一种写法", "en": "{msg}"},
    "detail.value_error": {"zh": "取值不符合要求", "en": "{msg}"},
    "detail.assertion_error": {"zh": "取值不符合要求", "en": "{msg}"},
    "detail.other": {"zh": "取值不符合要求（对照 docs/format.md 检查此处的写法）", "en": "{msg}"},
    "detail.unknown_code": {"zh": "没有代码 {code}", "en": "there is no code {code}"},
    "detail.not_a_warning": {
        "zh": "{code} 是错误，只有警告（W…）可以忽略",
        "en": "{code} is an error; only warnings (W…) can be ignored",
    },
    "detail.builtin_profile": {
        "zh": "“{name}” 是内置的评分规则方案，请给自己的方案另起一个名字",
        "en": "{name} is built in; give your profile another name",
    },
    "detail.profile_in_profile": {
        "zh": "评分规则方案 “{name}” 不能再选择另一个方案",
        "en": "{name}: a profile cannot select another profile",
    },
    "detail.blank_unit": {
        "zh": "单位不能为空：写上计量单位，如 次、个、%、万元",
        "en": "the unit is empty: write the unit, such as 次, 个, %, 万元",
    },
    "S002.did_you_mean": {"zh": "；是不是 “{key}”？", "en": "; did you mean '{key}'?"},
    "Y001.full_width_colon": {
        "zh": "第 {line} 行的键 “{key}” 后面是全角冒号 “：”；请改为半角冒号 “:”，冒号后加一个空格",
        "en": "the key '{key}' on line {line} is followed by a full-width colon '：'; write a half-width ':' followed by a space",
    },
    "Y003.alias": {"zh": "别名（*）", "en": "alias (*)"},
    "Y003.anchor": {"zh": "锚点 &{anchor}", "en": "anchor &{anchor}"},
    "Y003.merge_key": {"zh": "合并键 <<", "en": "merge key <<"},
    "base.hexadecimal": {"zh": "十六进制", "en": "hexadecimal"},
    "base.binary": {"zh": "二进制", "en": "binary"},
    "base.octal": {"zh": "八进制", "en": "octal"},
    "base.sexagesimal": {"zh": "六十进制", "en": "base 60"},
    "expected.reason": {"zh": "文字（不适用的原因）", "en": "text (the reason)"},
    "expected.number_or_text": {"zh": "数值或文字", "en": "a number or text"},
    "detail.not_finite": {"zh": "应为有限数值", "en": "should be a finite number"},
    "budget.initial": {"zh": "年初预算数", "en": "initial budget"},
    "budget.adjusted": {"zh": "全年预算数", "en": "full-year budget"},
    "reason.not_a_comparator": {
        "zh": "不是比较符（可用 ≥ ＞ = ≤ ＜）",
        "en": "not a comparator (use ≥ > = ≤ <)",
    },
    "reason.empty_target": {"zh": "指标值为空", "en": "the target is empty"},
    "reason.contradicting_comparators": {
        "zh": "开头的比较符与结尾的“以上/以下/以内”相互矛盾",
        "en": "the leading comparator contradicts the trailing 以上/以下/以内",
    },
    "reason.no_number": {"zh": "找不到数值", "en": "no number found"},
    "reason.date_as_unit": {
        "zh": "“{unit}” 是日期而不是单位；时间节点请写成完整日期，如 2023年11月底前、≤2023-11-30",
        "en": "'{unit}' is a date, not a unit; write the deadline as a whole date, e.g. 2023年11月底前 or ≤2023-11-30",
    },
    "reason.digits_in_unit": {
        "zh": "单位 “{unit}” 中含有数字；数值请写成普通十进制数（如 100000、1000）",
        "en": "the unit '{unit}' contains digits; write the number as a plain decimal (100000, 1000)",
    },
    "reason.scientific_notation": {
        "zh": "不接受科学计数法，请写成普通数字（1e3 写成 1000）",
        "en": "no scientific notation: write the plain number (1000 for 1e3)",
    },
    "reason.blank_in_number": {
        "zh": "数字中间有空格，无法确定数值",
        "en": "a blank inside the number makes it unclear",
    },
    "reason.both_target_forms": {
        "zh": "不能同时写 scale 和 comparator/value/unit，定量与定性只能选一种",
        "en": "scale cannot go with comparator/value/unit: choose one form",
    },
    "reason.target_form": {
        "zh": "指标值应写成文字（如 ≥17次/年）或包含 comparator/value/unit 的映射",
        "en": "a target is text such as ≥17次/年 or a mapping of comparator, value, unit",
    },
    # --- D036 ---
    "D036.title": {"zh": "数量指标的完成值写成了文字", "en": "words for a count"},
    "D036.message": {
        "zh": "指标 {id}（指标值 {target}）的完成值 “{value}” 是文字；请写 value: {number}，并把 “{value}” 写入 explanation",
        "en": "actual '{value}' of indicator {id} (target {target}) is words; write value: {number} and keep '{value}' as the explanation",
    },
    "D036.help": {
        "zh": "定量指标的完成值是数值；“无上访”“未发生”即 0，文字留作说明。",
        "en": "A quantitative actual is a number; 无上访 or 未发生 means 0, the words stay as the explanation.",
    },
    # --- D035 ---
    "D035.title": {"zh": "时间指标的完成值不是日期", "en": "actual of a time target is no date"},
    "D035.message": {
        "zh": "指标 {id}（指标值 {target}）的完成值 “{value}” 不是日期；请写完成日期，如 2023年10月、2023-10-15",
        "en": "actual '{value}' of indicator {id} (target {target}) is not a date; write when it was done, e.g. 2023年10月 or 2023-10-15",
    },
    "D035.help": {
        "zh": "日期、期限或时间区间类指标值的完成值是实际完成的日期（年月或年月日）。",
        "en": "The actual of a date, deadline or time range is the date it was done (year and month, or a day).",
    },
    # --- W006 ---
    "W006.title": {"zh": "完成值重复了比较符", "en": "comparator repeated in the actual"},
    "W006.message": {
        "zh": "指标 {id} 的完成值 “{value}” 重复了指标值 {target} 的比较符；已按其数值读取",
        "en": "actual '{value}' of indicator {id} repeats the comparator of target {target}; read as its number",
    },
    "W006.help": {
        "zh": "完成值是实际达到的数值，只写数值即可，如 266米。",
        "en": "An actual is the value reached: write the number alone, e.g. 266米.",
    },
    # --- D042 ---
    "D042.title": {"zh": "没有这个“其中”子项", "en": "no such sub-row"},
    "D042.message": {
        "zh": "指标 {id} 没有名为 “{name}” 的“其中”子项（目标表中有：{known}）",
        "en": "indicator {id} has no sub-row named '{name}' (the target file lists: {known})",
    },
    "D042.help": {
        "zh": "parts 下的名称须与目标表中该指标 parts 的 name 完全一致。",
        "en": "Each name under parts must be exactly the name of one of the indicator's parts in the target file.",
    },
    # --- targets as published: directions, words, dates -------------------------------
    "reason.against_direction": {
        "zh": "比较符 {comparator} 与指标性质 “{direction}” 相反（正向用 ≥、反向用 ≤）",
        "en": "the comparator {comparator} goes against the direction '{direction}' (正向 takes ≥, 反向 ≤)",
    },
    "reason.date_without_year": {
        "zh": "日期没有年份，且目标表没有年度可以补足；请写成如 2023年11月底前",
        "en": "the date has no year and the file gives none to supply it; write e.g. 2023年11月底前",
    },
    "reason.not_a_date": {
        "zh": "看起来是日期或期限，但不是有效的日期；请写成如 2023年12月底前、≤2023-12-31、2023.07-2024.01",
        "en": "looks like a date or a deadline but is not a valid one; write e.g. 2023年12月底前, ≤2023-12-31 or 2023.07-2024.01",
    },
    "reason.date_not_deadline": {
        "zh": "日期只能写成期限（≤ 或 …前）、当期（=）或起止区间",
        "en": "a date is a deadline (≤ or …前), a period (=) or a range from one date to another",
    },
    "detail.direction": {
        "zh": "指标性质应为 正向、反向 或 定性（或 positive、negative、qualitative）",
        "en": "the direction is 正向, 反向 or 定性 (or positive, negative, qualitative)",
    },
    "detail.band_floors": {
        "zh": "部分达成 档下限不能高于 达成 档下限",
        "en": "the floor of 部分达成 must not lie above that of 达成",
    },
    "detail.light_thresholds": {
        "zh": "黄灯阈值不能高于绿灯阈值",
        "en": "the yellow threshold must not lie above the green one",
    },
    "detail.rounding": {
        "zh": "舍入单位应为 1、0.1、0.01、0.001 或 0.0001",
        "en": "rounding must be 1, 0.1, 0.01, 0.001 or 0.0001",
    },
    "detail.grade_floor": {
        "zh": "总分等级中须有一个下限为 0 的等级（如 差: 0）",
        "en": "one grade must start at 0 (e.g. 差: 0)",
    },
    "detail.out_of_range": {
        "zh": "超出可计算的范围（绝对值不大于 1e12，最多 6 位小数）",
        "en": "out of range (at most 1e12, at most 6 decimal places)",
    },
    "W010.overachieved": {
        "zh": "超额完成，完成率 {completion}",
        "en": "over-achieved, {completion}",
    },
    "W010.qualitative_short": {"zh": "定性评价未达成", "en": "qualitative result short of 达成"},
    "W010.unmet": {"zh": "未完成年度指标", "en": "target not met"},
    "W001.task_mentions": {
        "zh": "；任务 {task} 的内容提到 {quoted}，却没有对应的指标",
        "en": "; task {task}'s text mentions {quoted}, which no indicator carries",
    },
    "S020.any_year": {"zh": "年份", "en": "YYYY"},
    "file_kind.targets": {"zh": "绩效目标表", "en": "a target file"},
    "file_kind.actuals": {"zh": "完成值文件", "en": "an actuals file"},
    "reason.an_actuals_file": {"zh": "它本身是完成值文件", "en": "it is an actuals file"},
    "reason.not_a_regular_file": {"zh": "不是普通文件", "en": "is not a regular file"},
    "reason.unreachable": {"zh": "无法访问（{error}）", "en": "cannot be reached ({error})"},
    # --- text/os_errors.py: why the system refused an operation on a file, by errno (the
    # English is the system's usual wording); other errors are given in the system's words ---
    "oserror.ENOENT": {"zh": "文件或文件夹不存在", "en": "No such file or directory"},
    "oserror.EACCES": {"zh": "没有权限", "en": "Permission denied"},
    "oserror.EPERM": {"zh": "不允许此操作", "en": "Operation not permitted"},
    "oserror.ENOSPC": {"zh": "磁盘空间已满", "en": "No space left on device"},
    "oserror.EDQUOT": {"zh": "超出磁盘配额", "en": "Disk quota exceeded"},
    "oserror.EROFS": {"zh": "文件系统为只读", "en": "Read-only file system"},
    "oserror.ENOTDIR": {"zh": "路径中有一项不是文件夹", "en": "Not a directory"},
    "oserror.EISDIR": {"zh": "是一个文件夹", "en": "Is a directory"},
    "oserror.EEXIST": {"zh": "文件已存在", "en": "File exists"},
    "oserror.ENAMETOOLONG": {"zh": "文件名过长", "en": "File name too long"},
    "oserror.ELOOP": {"zh": "符号链接循环", "en": "Too many levels of symbolic links"},
    "oserror.EBADF": {"zh": "流已关闭", "en": "Bad file descriptor"},
    "oserror.EPIPE": {"zh": "读取方已关闭管道", "en": "Broken pipe"},
    "oserror.EIO": {"zh": "输入/输出错误", "en": "Input/output error"},
    "oserror.EBUSY": {"zh": "设备或资源忙", "en": "Device or resource busy"},
    "oserror.EMFILE": {"zh": "打开的文件过多", "en": "Too many open files"},
    "oserror.ENXIO": {"zh": "设备或地址不存在", "en": "No such device or address"},
    "oserror.EINVAL": {"zh": "参数无效", "en": "Invalid argument"},
    "oserror.null_byte": {"zh": "文件名含有 NUL 字符", "en": "embedded null byte"},
    "sqlite.SQLITE_BUSY": {"zh": "数据库正被另一个程序使用（已锁定）", "en": "database is locked"},
    "sqlite.SQLITE_LOCKED": {"zh": "数据库中的表已锁定", "en": "database table is locked"},
    "sqlite.SQLITE_READONLY": {"zh": "数据库为只读", "en": "attempt to write a readonly database"},
    "sqlite.SQLITE_IOERR": {"zh": "读写数据库时出现输入/输出错误", "en": "disk I/O error"},
    "sqlite.SQLITE_CORRUPT": {"zh": "数据库文件已损坏", "en": "database disk image is malformed"},
    "sqlite.SQLITE_NOTADB": {"zh": "不是 SQLite 数据库文件", "en": "file is not a database"},
    "sqlite.SQLITE_FULL": {"zh": "数据库或磁盘已满", "en": "database or disk is full"},
    "sqlite.SQLITE_CANTOPEN": {"zh": "无法打开数据库文件", "en": "unable to open database file"},
    "sqlite.SQLITE_PERM": {"zh": "没有访问数据库的权限", "en": "access permission denied"},
    "reason.missing_file": {"zh": "文件不存在", "en": "no such file"},
    "reason.errors": {"zh": "{count} 个错误", "en": "{count} errors"},
    "reason.one_error": {"zh": "{count} 个错误", "en": "{count} error"},
    # --- reports/score.py: LABELS ---
    "score.title": {
        "zh": "{subject} {year}年度绩效自评（{period}）",
        "en": "{subject} — self-evaluation {year} ({period})",
    },
    "score.level1": {"zh": "一级指标", "en": "Level 1"},
    "score.level2": {"zh": "二级指标", "en": "Level 2"},
    "score.id": {"zh": "编号", "en": "Id"},
    "score.level3": {"zh": "三级指标", "en": "Indicator"},
    "score.target": {"zh": "年度指标值", "en": "Target"},
    "score.actual": {"zh": "实际完成值", "en": "Actual"},
    "score.completion": {"zh": "完成率", "en": "Completion"},
    "score.points": {"zh": "分值", "en": "Points"},
    "score.score": {"zh": "得分", "en": "Score"},
    "score.result": {"zh": "结果", "en": "Result"},
    "score.flags": {"zh": "标记", "en": "Flags"},
    "score.explanation": {
        "zh": "偏差原因分析及改进措施",
        "en": "Explanation and corrective measures",
    },
    "score.subtotal": {"zh": "小计", "en": "Subtotal"},
    "score.part": {"zh": "其中：{name}", "en": "of which: {name}"},
    "score.budget": {"zh": "预算执行率", "en": "Budget execution"},
    "score.initial": {"zh": "年初预算数", "en": "Initial budget"},
    "score.adjusted": {"zh": "全年预算数", "en": "Full-year budget"},
    "score.spent": {"zh": "全年执行数", "en": "Spent"},
    "score.rate": {"zh": "执行率", "en": "Rate"},
    "score.sum": {"zh": "得分合计", "en": "Sum of scores"},
    "score.total": {"zh": "总分", "en": "Total"},
    "score.grade": {"zh": "等级", "en": "Grade"},
    "score.not_applicable": {"zh": "不适用", "en": "n/a"},
    "score.rescaled": {
        "zh": "不适用指标共 {na} 分，总分按 {total} 分折算：{sum} × {total} ÷ {applicable}",
        "en": "Indicators worth {na} points do not apply; total rescaled to {total}: {sum} × {total} ÷ {applicable}",
    },
    "score.overachieved": {
        "zh": "超额完成（请分析目标是否设置偏低）",
        "en": "Over-achieved (was the target set too low?)",
    },
    "score.unmet": {"zh": "未完成", "en": "Not met"},
    "score.missing": {"zh": "缺少完成值（按 0 分计）", "en": "No actual (scores 0)"},
    "score.needs_explanation": {"zh": "缺少偏差原因分析及改进措施", "en": "Explanation missing"},
    "score.adjusted_list": {"zh": "人工调整", "en": "Manual adjustments"},
    "score.na_list": {"zh": "不适用", "en": "Not applicable"},
    "score.budget_explanation": {
        "zh": "预算执行率低于 {threshold}，缺少原因说明",
        "en": "Execution rate below {threshold} without an explanation",
    },
    "score.default_points": {
        "zh": "注：未给出分值的指标，按所在一级指标的权重（减去已给出的分值）在组内平均分配。",
        "en": "Note: indicators without points share what is left of their level-1 weight evenly.",
    },
    "score.budget_row": {
        "zh": "注：预算执行率列为指标 {id}，按其分值计分；预算执行一栏不另计分。",
        "en": "Note: budget execution is listed as indicator {id} and scored there; the budget row has no points of its own.",
    },
    "score.profile": {
        "zh": "注：按评分规则方案 “{profile}” 计分。",
        "en": "Note: scored under the rules profile '{profile}'.",
    },
    "score.unit": {"zh": "金额单位：{unit}", "en": "Money unit: {unit}"},
    "score.kind": {"zh": "类型", "en": "Row"},
    "score.row_indicator": {"zh": "指标", "en": "indicator"},
    "score.row_subtotal": {"zh": "小计", "en": "subtotal"},
    "score.row_part": {"zh": "其中", "en": "part"},
    "score.row_budget": {"zh": "预算执行率", "en": "budget"},
    "score.row_sum": {"zh": "得分合计", "en": "sum"},
    "score.row_total": {"zh": "总分", "en": "total"},
    # --- reports/score.py: FLAG_LABELS ---
    "flag.overachieved": {"zh": "超额完成", "en": "over-achieved"},
    "flag.needs_explanation": {"zh": "缺少偏差说明", "en": "explanation missing"},
    "flag.adjusted": {"zh": "人工调整", "en": "adjusted"},
    "flag.capped": {"zh": "得分封顶", "en": "capped"},
    "flag.default_points": {"zh": "默认分值", "en": "default points"},
    # --- reports/monitoring.py: LABELS ---
    "monitoring.title": {
        "zh": "{subject} {year}年度绩效运行监控（{period}，序时进度 {elapsed}）",
        "en": "{subject} — monitoring {year} ({period}, {elapsed} of the year elapsed)",
    },
    "monitoring.level1": {"zh": "一级指标", "en": "Level 1"},
    "monitoring.level2": {"zh": "二级指标", "en": "Level 2"},
    "monitoring.level3": {"zh": "三级指标", "en": "Indicator"},
    "monitoring.target": {"zh": "年度指标值", "en": "Target"},
    "monitoring.expected": {"zh": "序时目标", "en": "Due by now"},
    "monitoring.actual": {"zh": "实际完成值", "en": "Actual"},
    "monitoring.progress": {"zh": "进度", "en": "Progress"},
    "monitoring.light": {"zh": "灯", "en": "Light"},
    "monitoring.forecast": {"zh": "全年预计", "en": "Forecast"},
    "monitoring.likelihood": {"zh": "完成可能性", "en": "Likelihood"},
    "monitoring.explanation": {"zh": "偏差原因及纠偏措施", "en": "Cause and corrective measures"},
    "monitoring.budget": {"zh": "预算执行", "en": "Budget execution"},
    "monitoring.adjusted": {"zh": "全年预算数", "en": "Full-year budget"},
    "monitoring.spent": {"zh": "已执行数", "en": "Spent"},
    "monitoring.rate": {"zh": "执行率", "en": "Rate"},
    "monitoring.elapsed": {"zh": "序时进度", "en": "Time elapsed"},
    "monitoring.red": {"zh": "红灯", "en": "Red"},
    "monitoring.yellow": {"zh": "黄灯", "en": "Yellow"},
    "monitoring.needs_explanation": {
        "zh": "预计无法完成，缺少原因与措施",
        "en": "Forecast short of target, explanation missing",
    },
    "monitoring.missing": {"zh": "缺少完成值", "en": "No actual"},
    "monitoring.projection": {
        "zh": "预计年终得分（按全年预计值，未预计的累计指标按序时进度外推；仅供参考）",
        "en": "Projected year-end score (forecasts, else counts carried on at their pace; a projection only)",
    },
    "monitoring.lights": {
        "zh": "绿灯 {green} 个，黄灯 {yellow} 个，红灯 {red} 个",
        "en": "{green} green, {yellow} yellow, {red} red",
    },
    "monitoring.budget_row": {"zh": "预算执行率", "en": "Budget execution"},
    "monitoring.kind": {"zh": "类型", "en": "Row"},
    "monitoring.row_indicator": {"zh": "指标", "en": "indicator"},
    "monitoring.row_part": {"zh": "其中", "en": "part"},
    "monitoring.row_budget": {"zh": "预算执行", "en": "budget"},
    "monitoring.row_projection": {"zh": "预计年终得分", "en": "projection"},
    # --- reports/monitoring.py: LIGHT_WORDS ---
    "light.green": {"zh": "绿", "en": "green"},
    "light.yellow": {"zh": "黄", "en": "yellow"},
    "light.red": {"zh": "红", "en": "red"},
    "light.none": {"zh": "—", "en": "—"},
    # --- reports/trend.py: LABELS ---
    "trend.title": {
        "zh": "{subject} {year}年度绩效目标完成趋势（{first}–{last}）",
        "en": "{subject} — trend {year} ({first}–{last})",
    },
    "trend.level3": {"zh": "三级指标", "en": "Indicator"},
    "trend.target": {"zh": "年度指标值", "en": "Target"},
    "trend.spark": {"zh": "趋势", "en": "Trend"},
    "trend.final": {"zh": "期末", "en": "End"},
    "trend.budget": {"zh": "预算执行率", "en": "Budget execution"},
    "trend.projection": {"zh": "预计年终得分", "en": "Projected score"},
    "trend.period": {"zh": "期间", "en": "Period"},
    "trend.actual": {"zh": "实际完成值", "en": "Actual"},
    "trend.progress": {"zh": "进度", "en": "Progress"},
    "trend.light": {"zh": "灯", "en": "Light"},
    "trend.id": {"zh": "编号", "en": "Id"},
    "trend.year_end": {"zh": "年终（{period}）：", "en": "Year-end ({period}): "},
    "trend.outcomes": {"zh": "达成 {met} 个，未达成 {unmet} 个", "en": "{met} met, {unmet} unmet"},
    "trend.unmet_ids": {"zh": "（{ids}）", "en": " ({ids})"},
    "trend.missing": {"zh": "，缺少完成值 {missing} 个", "en": ", {missing} without an actual"},
    "trend.not_applicable": {
        "zh": "，不适用 {not_applicable} 个",
        "en": ", {not_applicable} not applicable",
    },
    "trend.final_note": {
        "zh": "年终一期与期末一栏：是否达成年度指标；此前各期的灯是对照序时进度的进度",
        "en": "Year-end period and End column: whether the annual target was met; each earlier period's light is progress against the time elapsed",
    },
    # --- reports/trend.py: OUTCOME_WORDS ---
    "outcome.met": {"zh": "达成", "en": "met"},
    "outcome.unmet": {"zh": "未达成", "en": "unmet"},
    "outcome.missing": {"zh": "缺少完成值", "en": "no actual"},
    "outcome.not_applicable": {"zh": "不适用", "en": "n/a"},
    # --- reports/show.py: _LABELS ---
    "show.title": {
        "zh": "{subject} {year}年度绩效目标表",
        "en": "{subject} — performance targets {year}",
    },
    "show.unit": {"zh": "金额单位：{unit}", "en": "Money unit: {unit}"},
    "show.budget": {"zh": "年度部门整体支出预算", "en": "Budget"},
    "show.total": {"zh": "资金总额", "en": "Total"},
    "show.tasks": {"zh": "年度主要任务", "en": "Annual tasks"},
    "show.task": {"zh": "任务{id}", "en": "Task {id}"},
    "show.goal": {"zh": "年度总体目标", "en": "Overall annual goal"},
    "show.indicators": {"zh": "年度绩效指标", "en": "Performance indicators"},
    "show.level1": {"zh": "一级指标", "en": "Level 1"},
    "show.level2": {"zh": "二级指标", "en": "Level 2"},
    "show.level3": {"zh": "三级指标", "en": "Indicator"},
    "show.id": {"zh": "编号", "en": "Id"},
    "show.target": {"zh": "指标值", "en": "Target"},
    "show.points": {"zh": "分值", "en": "Points"},
    "show.subtotal": {"zh": "小计", "en": "Subtotal"},
    "show.part": {"zh": "其中：{name}", "en": "of which: {name}"},
    "show.budget_row": {"zh": "预算执行率", "en": "Budget execution"},
    "show.sum": {"zh": "合计", "en": "Total"},
    "show.defaulted": {
        "zh": "注：未给出分值的指标，按所在一级指标的权重（减去已给出的分值）在组内平均分配（精确到 {quantum}，余数依次分给组内靠前的指标）。",
        "en": "Note: indicators without points share what is left of their level-1 weight evenly (to {quantum}, the spare going to the first of them).",
    },
    "show.profile": {
        "zh": "注：按评分规则方案 “{profile}” 计算分值。",
        "en": "Note: points follow the rules profile '{profile}'.",
    },
    # --- reports/target_form.py: LABELS (the official 目标表, as the forms print them) ---
    "target_form.sheet": {"zh": "绩效目标表", "en": "Performance targets"},
    "target_form.title": {
        "zh": "部门整体支出绩效目标表",
        "en": "Department-wide expenditure performance targets",
    },
    "target_form.title_project": {
        "zh": "项目支出绩效目标表",
        "en": "Project expenditure performance targets",
    },
    "target_form.year": {"zh": "（{year}年度）", "en": "({year})"},
    "target_form.unit": {"zh": "金额单位：{unit}", "en": "Money unit: {unit}"},
    "target_form.department": {"zh": "部门名称", "en": "Department"},
    "target_form.tasks": {"zh": "年度主要任务", "en": "Annual tasks"},
    "target_form.task_name": {"zh": "任务名称", "en": "Task"},
    "target_form.task_content": {"zh": "主要内容", "en": "Main content"},
    "target_form.task": {"zh": "任务{id}.{name}", "en": "Task {id}. {name}"},
    "target_form.budget": {"zh": "年度部门整体支出预算", "en": "Annual budget"},
    "target_form.total": {"zh": "资金总额", "en": "Total"},
    "target_form.goal": {"zh": "年度总体目标", "en": "Overall annual goal"},
    "target_form.indicators": {"zh": "年度绩效指标", "en": "Performance indicators"},
    "target_form.indicators_project": {"zh": "绩效指标", "en": "Performance indicators"},
    "target_form.level1": {"zh": "一级指标", "en": "Level 1"},
    "target_form.level2": {"zh": "二级指标", "en": "Level 2"},
    "target_form.level3": {"zh": "三级指标", "en": "Indicator"},
    "target_form.target": {
        "zh": "指标值（包含数字及文字描述）",
        "en": "Target (figures and words)",
    },
    "target_form.target_project": {"zh": "指标值", "en": "Target"},
    "target_form.part": {"zh": "其中：{name}", "en": "of which: {name}"},
    "target_form.points": {"zh": "分值", "en": "Points"},
    # The second sheet, only when the target file gives rules of its own (reports/target_rules.py;
    # read back by importing/rules_sheet.py, by these names and headings in either language).
    "target_form.rules_sheet": {"zh": "计分规则", "en": "Scoring rules"},
    "target_form.rules_key": {"zh": "设置", "en": "Setting"},
    "target_form.rules_value": {"zh": "取值", "en": "Value"},
    "target_form.rules_label": {"zh": "说明", "en": "Meaning"},
    "target_form.project": {"zh": "项目名称", "en": "Project"},
    "target_form.department_project": {"zh": "主管部门", "en": "Department in charge"},
    "target_form.implementer": {"zh": "实施单位", "en": "Implementing unit"},
    "target_form.funds": {"zh": "项目资金（{unit}）", "en": "Project funds ({unit})"},
    "target_form.funds_total": {"zh": "年度资金总额", "en": "Total funds"},
    "target_form.of_which": {"zh": "其中：{source}", "en": "of which: {source}"},
    # --- reports/summary/labels.py: LABELS ---
    "summary.title": {
        "zh": "{subject} {year}年度部门整体支出绩效自评报告",
        "en": "{subject} — performance self-evaluation report {year}",
    },
    "summary.monitoring_title": {
        "zh": "{subject} {year}年度绩效运行监控报告（{period}）",
        "en": "{subject} — performance monitoring report {year} ({period})",
    },
    "summary.basics": {"zh": "一、基本情况", "en": "1. Basic information"},
    "summary.overall": {"zh": "二、总体评价", "en": "2. Overall result"},
    "summary.table": {"zh": "三、绩效指标完成情况", "en": "3. Indicators"},
    "summary.deviations": {"zh": "四、偏差情况", "en": "4. Deviations"},
    "summary.measures": {"zh": "五、偏差原因及改进措施", "en": "5. Causes and corrective measures"},
    "summary.department": {"zh": "部门名称", "en": "Department"},
    "summary.year": {"zh": "年度", "en": "Year"},
    "summary.period": {"zh": "期间", "en": "Period"},
    "summary.money_unit": {"zh": "金额单位", "en": "Money unit"},
    "summary.budget_total": {"zh": "年度预算资金总额", "en": "Budget"},
    "summary.tasks": {"zh": "年度主要任务", "en": "Annual tasks"},
    "summary.total": {"zh": "自评总分", "en": "Total score"},
    "summary.grade": {"zh": "等级", "en": "Grade"},
    "summary.level1": {"zh": "一级指标", "en": "Level 1"},
    "summary.level2": {"zh": "二级指标", "en": "Level 2"},
    "summary.level3": {"zh": "三级指标", "en": "Indicator"},
    "summary.target": {"zh": "年度指标值", "en": "Target"},
    "summary.actual": {"zh": "实际完成值", "en": "Actual"},
    "summary.completion": {"zh": "完成率", "en": "Completion"},
    "summary.points": {"zh": "分值", "en": "Points"},
    "summary.score": {"zh": "得分", "en": "Score"},
    "summary.share": {"zh": "得分率", "en": "Share"},
    "summary.explanation": {
        "zh": "偏差原因分析及改进措施",
        "en": "Explanation and corrective measures",
    },
    "summary.budget": {"zh": "预算执行", "en": "Budget execution"},
    "summary.initial": {"zh": "年初预算数", "en": "Initial budget"},
    "summary.adjusted": {"zh": "全年预算数", "en": "Full-year budget"},
    "summary.spent": {"zh": "全年执行数", "en": "Spent"},
    "summary.rate": {"zh": "执行率", "en": "Rate"},
    "summary.counts": {"zh": "指标完成情况", "en": "Indicators"},
    "summary.set": {"zh": "设置指标", "en": "Set"},
    "summary.met": {"zh": "已完成", "en": "Met"},
    "summary.unmet": {"zh": "未完成", "en": "Not met"},
    "summary.missing": {"zh": "缺少完成值", "en": "No actual"},
    "summary.not_applicable": {"zh": "不适用", "en": "Not applicable"},
    "summary.unmet_section": {"zh": "未完成的指标", "en": "Indicators not met"},
    "summary.over_section": {
        "zh": "超额完成的指标（请分析年初目标是否设置偏低）",
        "en": "Indicators far above target (was the target set too low?)",
    },
    "summary.gap_section": {
        "zh": "⚠ 待补充：尚未说明原因的偏差，缺少的完成值（提交前须补充）",
        "en": "⚠ To complete: deviations without an explanation, missing actuals (before submission)",
    },
    "summary.na_section": {"zh": "不适用的指标", "en": "Indicators not applicable"},
    "summary.adjust_section": {"zh": "人工调整", "en": "Manual adjustments"},
    "summary.reconciliation": {
        "zh": "六、原表数字复核",
        "en": "6. The published figures reconciled",
    },
    "summary.figure": {"zh": "项目", "en": "Figure"},
    "summary.printed": {"zh": "原表", "en": "Printed"},
    "summary.recomputed": {"zh": "重算", "en": "Recomputed"},
    "summary.agrees": {"zh": "一致", "en": "Agrees"},
    "summary.budget_score": {"zh": "预算执行率得分", "en": "Budget execution score"},
    "summary.rate_percent": {"zh": "执行率（%）", "en": "Execution rate (%)"},
    "summary.reconciled_count": {
        "zh": "原表所印 {printed} 个数字中，{agreeing} 个与按目标表规则重算的一致。",
        "en": "Of the {printed} figures the table printed, {agreeing} agree with those the target file's rules give.",
    },
    "summary.reconciled_rules": {
        "zh": "按以下规则可重现其中 {reproduced} 个：{rules}。",
        "en": "These rules reproduce {reproduced} of them: {rules}.",
    },
    "summary.reconciled_unexplained": {
        "zh": "任何规则都无法解释：{ids}。",
        "en": "No setting explains: {ids}.",
    },
    "summary.none": {"zh": "无。", "en": "None."},
    "summary.no_explanation": {"zh": "（未说明）", "en": "(no explanation)"},
    "summary.budget_gap": {
        "zh": "预算执行率 {rate} 低于 {threshold}，尚未说明原因",
        "en": "Execution rate {rate} is below {threshold} and not explained",
    },
    "summary.rescaled": {
        "zh": "不适用指标共 {na} 分，总分按 {total} 分折算",
        "en": "Indicators worth {na} points do not apply; the total is rescaled to {total}",
    },
    "summary.profile": {
        "zh": "按评分规则方案 “{profile}” 计分",
        "en": "Scored under the rules profile '{profile}'",
    },
    "summary.made_by": {
        "zh": "由 perfcheck {version} 根据以下文件生成",
        "en": "Made by perfcheck {version} from these files",
    },
    "summary.chart_completion": {
        "zh": "各指标完成率（按一级指标分组，虚线为 100%）",
        "en": "Completion per indicator, by level-1 group (dashed line: 100 %)",
    },
    "summary.chart_groups": {
        "zh": "各一级指标得分与分值",
        "en": "Score against points per level-1 group",
    },
    "summary.chart_budget": {"zh": "预算执行率", "en": "Budget execution rate"},
    "summary.chart_progress": {
        "zh": "各指标进度（按一级指标分组，虚线为序时进度的 100%）",
        "en": "Progress per indicator against the time elapsed, by level-1 group (dashed line: 100 %)",
    },
    "summary.inputs": {"zh": "输入文件", "en": "Input files"},
    "summary.sha256": {"zh": "SHA-256", "en": "SHA-256"},
    "summary.rules": {"zh": "评分规则", "en": "Scoring rules"},
    "summary.version": {"zh": "perfcheck 版本", "en": "perfcheck version"},
    "summary.lights": {"zh": "灯", "en": "Light"},
    "summary.expected": {"zh": "序时目标", "en": "Due by now"},
    "summary.progress": {"zh": "进度", "en": "Progress"},
    "summary.forecast": {"zh": "全年预计", "en": "Forecast"},
    "summary.projection": {
        "zh": "预计年终得分（推算，仅供参考）",
        "en": "Projected year-end score (a projection only)",
    },
    "summary.red": {"zh": "红灯", "en": "Red"},
    "summary.yellow": {"zh": "黄灯", "en": "Yellow"},
    "summary.form_title": {
        "zh": "{subject} {year}年度部门整体支出绩效自评表",
        "en": "{subject} — performance self-evaluation table {year}",
    },
    "summary.monitoring_form_title": {
        "zh": "{subject} {year}年度绩效运行监控表（{period}）",
        "en": "{subject} — performance monitoring table {year} ({period})",
    },
    "summary.form_sheet": {"zh": "自评表", "en": "Self-evaluation"},
    "summary.monitoring_sheet": {"zh": "监控表", "en": "Monitoring"},
    "summary.sources_sheet": {"zh": "来源与规则", "en": "Sources and rules"},
    "summary.report_sheet": {"zh": "报告", "en": "Report"},
    "summary.subtotal": {"zh": "小计", "en": "Subtotal"},
    "summary.sum": {"zh": "得分合计", "en": "Sum of scores"},
    "summary.elapsed": {"zh": "序时进度", "en": "Time elapsed"},
    "summary.likelihood": {"zh": "完成可能性", "en": "Likelihood"},
    "summary.no_actual": {"zh": "缺少完成值，按 0 分计", "en": "no actual: scored 0"},
    "summary.no_actual_yet": {"zh": "缺少完成值", "en": "no actual"},
    "summary.monitoring_measures": {
        "zh": "四、偏差原因分析及纠偏措施",
        "en": "4. Causes of deviation and corrective measures",
    },
    "summary.lights_section": {"zh": "红灯、黄灯指标", "en": "Red and yellow indicators"},
    "summary.monitoring_gap_section": {
        "zh": "⚠ 待补充：尚未说明原因的红灯、预计无法完成的指标，缺少的完成值（报送前须补充）",
        "en": "⚠ To complete: red lights and shortfall forecasts without an explanation, missing actuals (before submission)",
    },
    "summary.light_deviation": {
        "zh": "{light}，进度 {progress}（实际 {actual}，序时目标 {due}）。",
        "en": "{light}, progress {progress} (actual {actual}, due {due}). ",
    },
    "summary.grade_deviation": {
        "zh": "{light}，进度 {progress}（实际 {actual}）。",
        "en": "{light}, progress {progress} (actual {actual}). ",
    },
    "summary.forecast_line": {"zh": "全年预计 {forecast}。", "en": "Forecast {forecast}. "},
    "summary.likelihood_line": {
        "zh": "完成可能性：{likelihood}。",
        "en": "Likelihood: {likelihood}. ",
    },
    "summary.red_gap": {
        "zh": "红灯，尚未说明偏差原因和纠偏措施",
        "en": "red light, cause and corrective measures not given",
    },
    "summary.shortfall_gap": {
        "zh": "预计无法完成（或完成可能性不是“确定能”），尚未说明原因和措施",
        "en": "forecast short of target (or likelihood not 确定能), not explained",
    },
    "summary.cumulative_note": {
        "zh": "按累计数与“年度指标值 × 序时进度”比较的指标：{ids}；其余指标（比率、时限、定性等）与年度指标值本身比较。",
        "en": "Judged as running totals, against target × time elapsed: {ids}; the others (rates, times, grades) against the target itself.",
    },
    # --- reports/summary/narrative.py ---
    "narrative.opening": {
        "zh": "{year}年度，{subject}共设置三级绩效指标{set}个，已完成{met}个",
        "en": "In {year}, {subject} set {set} level-3 indicators: {met} met",
    },
    "narrative.unmet": {"zh": "，未完成{count}个（{ids}）", "en": ", {count} not met ({ids})"},
    "narrative.missing": {
        "zh": "，缺少完成值{count}个（{ids}）",
        "en": ", {count} without an actual ({ids})",
    },
    "narrative.not_applicable": {
        "zh": "，不适用{count}个（{ids}）",
        "en": ", {count} not applicable ({ids})",
    },
    "narrative.budget": {
        "zh": "。预算执行率{rate}，得{score}分（满分{points}分）。自评总分{total}分，等级为“{grade}”。",
        "en": ". The budget execution rate was {rate}, scoring {score} of {points} points. The self-evaluation total is {total}, grade “{grade}”.",
    },
    "narrative.budget_in_the_list": {
        "zh": "。预算执行率{rate}，列为指标{id}计分，预算执行一栏不另计分。自评总分{total}分，等级为“{grade}”。",
        "en": ". The budget execution rate was {rate}, scored as indicator {id}; the budget row has no points of its own. The self-evaluation total is {total}, grade “{grade}”.",
    },
    "narrative.weakest": {
        "zh": "各一级指标中，得分率最低的是“{level1}”（{score}/{points}，{share}）。",
        "en": " The weakest level-1 group is “{level1}” ({score} of {points}, {share}).",
    },
    "narrative.overachieved": {
        "zh": "另有{count}个指标超额完成（{ids}），需分析年初目标是否设置偏低。",
        "en": " {count} indicator(s) far exceeded the target ({ids}): was the target set too low?",
    },
    "narrative.unexplained": {
        "zh": "尚有{count}项偏差未说明原因，提交前须补充。",
        "en": " {count} deviation(s) still lack an explanation, to be added before submission.",
    },
    "narrative.monitoring": {
        "zh": "截至{period}（序时进度{elapsed}），{subject}的{count}个三级指标中，绿灯{green}个、黄灯{yellow}个、红灯{red}个{missing}。预算执行率{rate}，为序时进度的{progress}。按目前进度推算，年终自评预计{total}分（“{grade}”），仅供参考。",
        "en": "By {period} ({elapsed} of the year), {subject}'s {count} level-3 indicators show {green} green, {yellow} yellow and {red} red lights{missing}. The budget execution rate is {rate}, {progress} of the time elapsed. At this pace the year-end self-evaluation would score {total} (“{grade}”) — a projection only.",
    },
    "narrative.monitoring_missing": {
        "zh": "、缺少完成值{count}个",
        "en": ", {count} without an actual",
    },
    # --- reports: shared words ---
    "colon": {"zh": "：", "en": ": "},
    "flag_separator": {"zh": "、", "en": "; "},
    "severity.error": {"zh": "错误", "en": "error"},
    "severity.warning": {"zh": "警告", "en": "warning"},
    "severity.suppressed": {"zh": "已忽略", "en": "suppressed"},
    "validate.checked": {
        "zh": "检查了 {files}：{errors}，{warnings}",
        "en": "{files} checked: {errors}, {warnings}",
    },
    "validate.also_suppressed": {
        "zh": "（另有 {warnings}已忽略）",
        "en": " ({warnings} suppressed)",
    },
    "count.files.one": {"zh": "{count} 个文件", "en": "{count} file"},
    "count.files.many": {"zh": "{count} 个文件", "en": "{count} files"},
    "count.errors.one": {"zh": "{count} 个错误", "en": "{count} error"},
    "count.errors.many": {"zh": "{count} 个错误", "en": "{count} errors"},
    "count.warnings.one": {"zh": "{count} 个警告", "en": "{count} warning"},
    "count.warnings.many": {"zh": "{count} 个警告", "en": "{count} warnings"},
    # --- --help: the command line's help (cli/root.py, cli/declarations/). `help.<command>` is a
    # command's description: its first paragraph is the one-line summary the list of commands
    # shows ---
    "help.example": {"zh": "例", "en": "example"},
    "help.examples": {"zh": "例", "en": "examples"},
    "help.app": {
        "zh": "绩效目标表的校验与自评打分",
        "en": "validate and score budget performance targets.",
    },
    "help.app.version": {"zh": "显示版本", "en": "version"},
    "help.app.debug": {"zh": "内部错误时显示完整回溯", "en": "full traceback on a bug"},
    "help.common.lang": {"zh": "输出语言 zh（默认）| en", "en": "output language"},
    "help.common.encoding": {
        "zh": "按指定编码读取不是 UTF-8 的文件（如 gbk；UTF-8 文件照常读取）",
        "en": "read the files that are not UTF-8 in this encoding (UTF-8 files are read as UTF-8)",
    },
    "help.common.profile": {
        "zh": "未写 rules.profile 的目标表所用的评分规则方案",
        "en": "rules profile of a target file that names none",
    },
    "help.common.quiet": {"zh": "不输出提示和警告", "en": "no messages or warnings"},
    "help.common.verbose": {
        "zh": "列出所读文件、配置、评分规则方案和警告",
        "en": "name the files read, the configuration, the rules profile and the warnings",
    },
    "help.common.color": {"zh": "颜色", "en": "colour: auto, always, never"},
    "help.common.width": {"zh": "表格宽度（字符）", "en": "table width"},
    "help.common.table_format": {
        "zh": "text、json、csv 或 markdown",
        "en": "text, json, csv or markdown",
    },
    "help.common.targets": {
        "zh": "目标表，代替文件中的 targets:",
        "en": "target file override",
    },
    "help.validate": {
        "zh": "校验目标表和完成值文件\n\n"
        "文件按内容识别（目标表有 indicators:，完成值文件有 actuals:）。在 GitHub Actions 中自动输出注释和完整报告。\n\n"
        "退出码：0 无问题，1 发现问题，2 无法执行（用法或读写错误）。",
        "en": "check target and actuals files.\n\n"
        "Files are recognised by content; on GitHub Actions the problems become annotations and the full report follows.\n\n"
        "Exit status: 0 clean, 1 problems found, 2 usage or I/O error.",
    },
    "help.validate.paths": {
        "zh": "文件、目录或通配符；省略时用配置的 paths",
        "en": "files, folders, globs",
    },
    "help.validate.format": {
        "zh": "human（终端默认）、concise、json、github、sarif、junit",
        "en": "human (the terminal's default), concise, json, github, sarif, junit",
    },
    "help.validate.strict": {"zh": "警告也视为问题", "en": "warnings fail too"},
    "help.validate.show_suppressed": {"zh": "也列出被忽略的警告", "en": "list suppressed warnings"},
    "help.validate.quiet": {"zh": "只列错误", "en": "errors only, no summary"},
    "help.validate.verbose": {"zh": "逐个列出检查的文件", "en": "name every file"},
    "help.validate.jobs": {
        "zh": "并行进程数，至多为 CPU 数（默认 CPU 数）",
        "en": "processes, at most the CPUs (default: CPUs)",
    },
    "help.config": {
        "zh": "显示生效的配置及每项的来源\n\n"
        "配置来自最近的 .perfcheck.yaml 或 pyproject.toml 的 [tool.perfcheck]（自当前目录向上查找），命令行参数优先。",
        "en": "print the settings in force and where each comes from.\n\n"
        "Settings come from the nearest .perfcheck.yaml or [tool.perfcheck] in pyproject.toml, searching upwards; command-line flags override them.",
    },
    "help.show": {
        "zh": "按表格显示目标表及各指标分值",
        "en": "show a target file with resolved points.",
    },
    "help.show.target": {"zh": "目标表文件", "en": "target file"},
    "help.show.format": {
        "zh": "text、json 或 xlsx（官方目标表格式，须用 -o）",
        "en": "text, json or xlsx (the official target table, needs -o)",
    },
    "help.show.output": {"zh": "输出文件（原子写入）", "en": "output file, written atomically"},
    "help.show.force": {"zh": "替换已有的输出文件", "en": "replace an existing output"},
    "help.score": {
        "zh": "年终自评打分，或年中运行监控\n\n"
        "年终（Q4 或 12 月）出自评表；更早的期间按序时进度出红黄绿灯和预计年终得分。\n\n"
        "退出码：0 全部完成（或无红灯），1 有未完成或缺失（或有红灯），2 输入有误。--fail-under 以（预计）总分为准。",
        "en": "score an actuals file against its targets.\n\n"
        "Year-end (Q4 or December) gives the self-evaluation table; earlier periods give lights against the time elapsed and a projected year-end score.\n\n"
        "Exit status: 0 all met (no red light), 1 unmet or missing (a red light), 2 invalid input. --fail-under compares the (projected) total.",
    },
    "help.score.actuals": {"zh": "完成值文件", "en": "actuals file"},
    "help.score.fail_under": {"zh": "总分低于此值时退出码为 1", "en": "exit 1 below this total"},
    "help.score.exit_zero": {"zh": "总是以 0 退出（仅出报告）", "en": "always exit 0"},
    "help.score.quiet": {
        "zh": "不出报告，只以退出码表示结果",
        "en": "no report: the exit code tells",
    },
    "help.summary": {
        "zh": "生成自评报告材料\n\n"
        "年终期间生成绩效自评报告；年中期间生成运行监控报告。Markdown 默认输出到标准输出；HTML 为单个自包含文件（含图表）；xlsx 为官方自评表格式，须用 -o 指定文件。",
        "en": "the review pack: report, charts, the official 自评表.\n\n"
        "At year-end the self-evaluation report, before it the monitoring report. Markdown goes to stdout unless -o is given; HTML is one self-contained file with charts; xlsx, in the layout of the official 自评表, needs -o.",
    },
    "help.summary.actuals": {"zh": "完成值文件", "en": "actuals file"},
    "help.summary.format": {
        "zh": "markdown（默认）、html 或 xlsx",
        "en": "markdown (default), html or xlsx",
    },
    "help.summary.output": {"zh": "输出文件（原子写入）", "en": "output file, written atomically"},
    "help.summary.force": {"zh": "替换已有的输出文件", "en": "replace an existing output"},
    "help.import": {
        "zh": "把已有的表格导入为目标文件（和完成值文件）\n\n"
        "读取 xlsx、xls、ods、docx、csv 或文本（- 为标准输入：从 Excel、WPS 或网页复制的表格），按官方表式的标签识别：标题、部门或项目、任务、预算、年度总体目标和指标表（列序不限）。填好的自评表另写出完成值文件（--actuals）。读不懂的每个单元格都报告其位置（表.xlsx:Sheet1!D12）；写出的文件随即按 validate 校验。TABLE 为文件夹时，每张表写一个文件到 -o 文件夹。\n\n"
        "退出码：0；1 表格或写出的文件有错误；2 无法读取表格或无法写出。",
        "en": "bring a published table in as a target file (and an actuals file).\n\n"
        "Reads xlsx, xls, ods, docx, csv or text (- for standard input: a table copied from Excel, WPS or a web page) and recognises the official forms by their labels: title, department or project, tasks, budget, annual goal and the indicator table in any column order. A filled self-evaluation also gives an actuals file (--actuals). Every cell it cannot read is reported where it is (table.xlsx:Sheet1!D12); the files written are then validated as validate does. When TABLE is a folder, each table becomes a file in the -o folder.\n\n"
        "Exit codes: 0; 1 errors in the table or the files written; 2 the table cannot be read or a file cannot be written.",
    },
    "help.import.table": {
        "zh": "表格文件、文件夹或 -（标准输入）",
        "en": "table file, folder, or - (standard input)",
    },
    "help.import.output": {
        "zh": "要写出的目标文件，或放它的文件夹（已有的文件夹，或以 / 结尾：没有时新建）；TABLE 为文件夹时：输出文件夹",
        "en": "target file to write, or the folder to put it in (an existing one, or any path ending in /: made if need be); a folder when TABLE is one",
    },
    "help.import.actuals": {
        "zh": "自评表的完成值写入此文件，或此文件夹（已有的文件夹，或以 / 结尾：没有时新建；文件名为 表名.actuals.yaml）",
        "en": "write a self-evaluation's actuals to this file, or into this folder (an existing one, or any path ending in /: made if need be; named TABLE.actuals.yaml)",
    },
    "help.import.sheet": {"zh": "要导入的工作表名", "en": "the sheet to import, by name"},
    "help.import.table_number": {
        "zh": "要导入第几张表（从 1 起）",
        "en": "the table to import, by number (from 1)",
    },
    "help.import.force": {"zh": "替换已有的输出文件", "en": "replace existing outputs"},
    "help.import.format": {
        "zh": "问题的输出格式，同 validate",
        "en": "format of the problems found, as validate's",
    },
    "help.import.quiet": {"zh": "只列错误", "en": "errors only, no summary"},
    "help.import.verbose": {
        "zh": "说明读了什么：文件类型、编码、跳过的表",
        "en": "say what was read: kind, encoding, tables left out",
    },
    "help.trend": {
        "zh": "各期完成情况的趋势\n\n"
        "每个指标各期的完成值和红黄绿灯，以及期末状态；检查各文件是否指向同一目标表、期间是否重复、累计数是否下降。\n\n"
        "退出码：0，2 文件有误或不一致。",
        "en": "the trend of one target file's actuals across periods.\n\n"
        "Each indicator's value and light at every period and where it ended; checks that the files name one target file, that no period repeats and that no cumulative count falls.\n\n"
        "Exit status: 0, 2 invalid or inconsistent files.",
    },
    "help.trend.paths": {
        "zh": "完成值文件或目录（如 actuals/）",
        "en": "actuals files or folders",
    },
    "help.init": {
        "zh": "生成完成值文件模板\n\n"
        "列出每个指标的编号、名称和指标值（注释），数值留空待填；不会覆盖已有文件。",
        "en": "write an actuals skeleton to fill in.\n\n"
        "Lists each indicator's number, name and target (as comments) and leaves the values blank to fill in; never overwrites an existing file.",
    },
    "help.init.actuals": {"zh": "要创建的完成值文件", "en": "actuals file to create"},
    "help.init.targets": {"zh": "目标表", "en": "target file"},
    "help.init.period": {"zh": "期间，如 2022Q4", "en": "period"},
    "help.schema": {
        "zh": "输出文件格式的 JSON Schema",
        "en": "print the JSON Schema of a file format.",
    },
    "help.schema.kind": {
        "zh": "targets（目标表）或 actuals（完成值文件）",
        "en": "targets or actuals",
    },
    "help.explain": {
        "zh": "解释诊断代码的含义与修改方法",
        "en": "explain a diagnostic code.",
    },
    "help.explain.code": {"zh": "诊断代码，如 Y002", "en": "a code"},
    # --- perfcheck portfolio: the command (commands/portfolio.py, cli/declarations/portfolio.py)
    # and its reports (reports/portfolio/) ---
    "help.portfolio": {
        "zh": "多个部门和项目的绩效结果汇总（财政部门用）\n\n"
        "读取任意多个完成值文件和目录（年终和年中、多个年度），每张表一行：部门、项目、类型、年度、期间、总分（年中为预计）、等级、达成/未达成/缺值/不适用的指标数、未说明的偏差、预算执行率对照序时进度、红黄灯；再给出等级分布、预算执行进度分布、红灯个数分布、未完成最多的指标，以及总分较上年下降和上升最多的部门。无法读取的文件列出其错误并计数，其余照常汇总。\n\n"
        "退出码：0，1 有文件无法读取，2 参数有误或路径不存在。",
        "en": "one report over many departments' and projects' tables, for the finance bureau.\n\n"
        "Reads any number of actuals files and folders (year-end and in-year, several years): one row per table with its department, project, kind, year, period, total (projected in-year), grade, indicators met, unmet, missing and not applicable, deviations left unexplained, budget execution against the time elapsed and the red and yellow lights; then the tables per grade, per budget execution band and per number of red lights, the indicators most often unmet, and the departments whose total fell or rose most since the previous year. Files that cannot be read are listed with their errors and counted; the rest is reported.\n\n"
        "Exit status: 0, 1 some files could not be read, 2 bad arguments or a missing path.",
    },
    "help.portfolio.paths": {"zh": "完成值文件或目录", "en": "actuals files or folders"},
    "help.portfolio.format": {
        "zh": "text（默认）、json、csv、markdown、html 或 xlsx（xlsx 须用 -o 指定文件）",
        "en": "text (default), json, csv, markdown, html or xlsx (xlsx needs -o)",
    },
    "help.portfolio.output": {
        "zh": "把报告写入此文件（原子写入，不覆盖已有文件，除非加 --force）",
        "en": "write the report to this file (atomically; an existing file is kept unless --force)",
    },
    "help.portfolio.force": {"zh": "替换已有的输出文件", "en": "replace an existing output file"},
    "help.portfolio.db": {
        "zh": "同时把每张表、每个指标、预算行和问题写入 SQLite 数据库（结构见 docs/database.md）；重复运行更新同一文件的行，不重复",
        "en": "also write every table, indicator, budget row and finding to a SQLite database (schema: docs/database.md); a re-run updates a file's rows, never duplicates them",
    },
    "help.portfolio.sort": {
        "zh": "排序列，前加 - 为降序，多列用逗号分隔，如 -total 或 grade,-total",
        "en": "sort by a column, - for descending, several separated by commas: -total, grade,-total",
    },
    "help.portfolio.filter": {
        "zh": "只列出符合条件的表，如 grade=差、total<60、red>=1、kind=project；可重复",
        "en": "keep the tables that match, e.g. grade=差, total<60, red>=1, kind=project; repeatable",
    },
    "portfolio.bad_selection": {
        "zh": "无法理解的筛选或排序：{given}（可用的列：{columns}；比较大小只适用于数值列）",
        "en": "a filter or sort not understood: {given} (columns: {columns}; <, >, <=, >= for numeric columns only)",
    },
    "portfolio.title": {
        "zh": "绩效结果汇总：{tables}，{errors}",
        "en": "Performance results: {tables}, {errors}",
    },
    "count.unread_files.one": {
        "zh": "{count} 个文件无法读取",
        "en": "{count} file could not be read",
    },
    "count.unread_files.many": {
        "zh": "{count} 个文件无法读取",
        "en": "{count} files could not be read",
    },
    "portfolio.column.path": {"zh": "文件", "en": "File"},
    "portfolio.column.table": {"zh": "部门 / 项目", "en": "Department / project"},
    "portfolio.column.department": {"zh": "部门", "en": "Department"},
    "portfolio.column.project": {"zh": "项目", "en": "Project"},
    "portfolio.column.kind": {"zh": "类型", "en": "Kind"},
    "portfolio.column.year": {"zh": "年度", "en": "Year"},
    "portfolio.column.period": {"zh": "期间", "en": "Period"},
    "portfolio.column.total": {"zh": "总分", "en": "Total"},
    "portfolio.column.grade": {"zh": "等级", "en": "Grade"},
    "portfolio.column.met": {"zh": "达成", "en": "Met"},
    "portfolio.column.unmet": {"zh": "未达成", "en": "Unmet"},
    "portfolio.column.missing": {"zh": "缺值", "en": "Missing"},
    "portfolio.column.not_applicable": {"zh": "不适用", "en": "N/A"},
    "portfolio.column.unexplained": {"zh": "未说明", "en": "Unexplained"},
    "portfolio.column.budget_rate": {"zh": "执行率", "en": "Budget rate"},
    "portfolio.column.elapsed": {"zh": "序时进度", "en": "Time elapsed"},
    "portfolio.column.red": {"zh": "红灯", "en": "Red"},
    "portfolio.column.yellow": {"zh": "黄灯", "en": "Yellow"},
    "portfolio.column.reconciles": {"zh": "数字核对", "en": "Reconciles"},
    "portfolio.kind.department": {"zh": "部门整体", "en": "department"},
    "portfolio.kind.project": {"zh": "项目", "en": "project"},
    "portfolio.yes": {"zh": "是", "en": "yes"},
    "portfolio.no": {"zh": "否", "en": "no"},
    "portfolio.grades": {"zh": "等级分布（年终）", "en": "Tables per grade (year-end)"},
    "portfolio.bands": {
        "zh": "预算执行进度分布（执行率 ÷ 序时进度）",
        "en": "Budget execution against time elapsed",
    },
    "portfolio.red_lights": {
        "zh": "红灯个数分布（年中，含预算执行）",
        "en": "Tables per number of red lights (in-year, budget included)",
    },
    "portfolio.unmet_by_level2": {
        "zh": "未完成最多的二级指标（年终）",
        "en": "Most often unmet, by level-2 indicator (year-end)",
    },
    "portfolio.unmet_by_name": {
        "zh": "未完成最多的三级指标（年终）",
        "en": "Most often unmet, by indicator (year-end)",
    },
    "portfolio.fell": {"zh": "总分较上年下降最多", "en": "Largest falls since the previous year"},
    "portfolio.rose": {"zh": "总分较上年上升最多", "en": "Largest rises since the previous year"},
    "portfolio.change": {
        "zh": "{name}：{from_year}年 {before} → {to_year}年 {after}（{change}）",
        "en": "{name}: {from_year} {before} → {to_year} {after} ({change})",
    },
    "portfolio.errors": {
        "zh": "无法读取的文件（{count} 个）",
        "en": "Files that could not be read ({count})",
    },
    "portfolio.note.projected": {
        "zh": "注：年中各表的总分、等级和指标数为预计年终值（仅供参考）。",
        "en": "Note: in-year tables show the projected year-end total, grade and counts (for reference only).",
    },
    "portfolio.db_foreign": {
        "zh": "{path}：不是本版 perfcheck 写的结果数据库，未改动；请换一个文件名",
        "en": "{path}: not a results database of this perfcheck version, left as it is; choose another name",
    },
    "portfolio.db_earlier": {
        "zh": "{path}：由较早版本的 perfcheck 写入（数据库结构第 {found} 版；本版为第 {version} 版，各行按文件的绝对路径记录，两者不能混在一个文件里），未改动；请换一个文件名，或删除该文件后重新运行",
        "en": "{path}: written by an earlier perfcheck (database schema {found}; this version writes schema {version}, its rows keyed by each file's absolute path, and the two cannot share a file), left as it is; choose another name, or delete it and run again",
    },
    "portfolio.html.distributions": {"zh": "分布", "en": "Distributions"},
    "portfolio.html.changes": {"zh": "较上年变化", "en": "Changes since the previous year"},
    "portfolio.html.tables": {"zh": "各表结果", "en": "Every table"},
    "portfolio.html.none": {"zh": "无。", "en": "None."},
    "portfolio.html.made_by": {
        "zh": "由 perfcheck {version} 生成",
        "en": "Made by perfcheck {version}",
    },
    "portfolio.html.change.name": {"zh": "部门 / 项目", "en": "Department / project"},
    "portfolio.html.change.from": {"zh": "上年总分", "en": "Before"},
    "portfolio.html.change.to": {"zh": "本年总分", "en": "After"},
    "portfolio.html.change.change": {"zh": "变化", "en": "Change"},
    "portfolio.written": {"zh": "已写入 {path}（{format}）", "en": "{path} written ({format})"},
    "portfolio.db_is_output": {
        "zh": "{path}：数据库与报告不能写入同一个文件",
        "en": "{path}: the database and the report cannot be one file",
    },
    "portfolio.xlsx.every_table": {"zh": "各表", "en": "Tables"},
    "portfolio.xlsx.grades": {"zh": "等级分布", "en": "Grades"},
    "portfolio.xlsx.bands": {"zh": "执行进度分布", "en": "Budget bands"},
    "portfolio.xlsx.red_lights": {"zh": "红灯分布", "en": "Red lights"},
    "portfolio.xlsx.unmet_by_level2": {"zh": "未完成二级指标", "en": "Unmet by level 2"},
    "portfolio.xlsx.unmet_by_name": {"zh": "未完成三级指标", "en": "Unmet by indicator"},
    "portfolio.xlsx.changes": {"zh": "较上年变化", "en": "Changes"},
    "portfolio.xlsx.errors": {"zh": "无法读取的文件", "en": "Unreadable files"},
    "portfolio.xlsx.about": {"zh": "说明", "en": "About"},
    "portfolio.xlsx.tables": {"zh": "表数", "en": "Tables"},
    "portfolio.xlsx.count": {"zh": "未完成次数", "en": "Times unmet"},
    "portfolio.xlsx.from": {"zh": "自（含）", "en": "From (incl.)"},
    "portfolio.xlsx.to": {"zh": "至（不含）", "en": "To (excl.)"},
    "portfolio.xlsx.level2": {"zh": "二级指标", "en": "Level-2 indicator"},
    "portfolio.xlsx.name": {"zh": "三级指标", "en": "Indicator"},
    "portfolio.xlsx.direction": {"zh": "变化", "en": "Direction"},
    "portfolio.xlsx.from_year": {"zh": "上年", "en": "From year"},
    "portfolio.xlsx.before": {"zh": "上年总分", "en": "Before"},
    "portfolio.xlsx.to_year": {"zh": "本年", "en": "To year"},
    "portfolio.xlsx.after": {"zh": "本年总分", "en": "After"},
    "portfolio.xlsx.change": {"zh": "增减", "en": "Change"},
    "portfolio.xlsx.line": {"zh": "行", "en": "Line"},
    "portfolio.xlsx.col": {"zh": "列", "en": "Column"},
    "portfolio.xlsx.place": {"zh": "单元格", "en": "Cell"},
    "portfolio.xlsx.code": {"zh": "代码", "en": "Code"},
    "portfolio.xlsx.message": {"zh": "说明", "en": "Message"},
    "portfolio.progress": {"zh": "读取中", "en": "Reading"},
    "portfolio.rate": {"zh": "{rate} 个/秒", "en": "{rate} files/s"},
    "portfolio.note.reconciles": {
        "zh": "数字核对：“是”为表中公布的数字（得分、执行率、总分、等级）全部重现，“否”为有不符或未说明的偏差（perfcheck audit 逐项列出）；“—”为无可核对：文件中没有公布的数字（published:），或为年中表。",
        "en": "Reconciles: “yes” when every figure the table published (scores, rate, total, grade) is reproduced, “no” when some are not or a missed target is left unexplained (perfcheck audit lists each); “—” when there is nothing to check: no published figures in the file (published:), or an in-year table.",
    },
    # --- what the process says in every language, before or without a language -------------
    "process.interrupted": {"zh": "已中断", "en": "interrupted"},
    "process.terminated": {"zh": "已终止", "en": "terminated"},
    "process.bug": {
        "zh": "内部错误（{error}）：这是 perfcheck 的缺陷，不是输入的问题；加 --debug 重新运行可看到完整回溯",
        "en": "internal error ({error}): a bug in perfcheck, not in the input; run again with --debug for the traceback",
    },
    "process.cannot_write": {
        "zh": "无法写入标准输出（{reason}）",
        "en": "cannot write to standard output ({reason})",
    },
    "usage_a_number": {"zh": "应为数值", "en": "a number"},
    "usage_xlsx_needs_output": {"zh": "xlsx 须用 -o 指定输出文件", "en": "xlsx needs -o FILE"},
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
        "zh": "它是本次读取的文件",
        "en": "it is a file this run reads",
    },
    "step_summary_failed": {
        "zh": "perfcheck: 未写入 GITHUB_STEP_SUMMARY 指定的 {path}（{reason}）",
        "en": "perfcheck: the step summary {path} named by GITHUB_STEP_SUMMARY was not written "
        "({reason})",
    },
    "usage_line": {"zh": "用法：{usage}", "en": "Usage: {usage}"},
    # --- cli/help_pages.py: a --help page's own words, in the run's language ---
    "help_page.arguments": {"zh": "参数：", "en": "Arguments:"},
    "help_page.options": {"zh": "选项：", "en": "Options:"},
    "help_page.commands": {"zh": "命令：", "en": "Commands:"},
    "help_page.required": {"zh": "必填", "en": "required"},
    "help_page.help_option": {"zh": "显示本帮助并退出。", "en": "Show this message and exit."},
    "help_page.install_completion": {
        "zh": "为当前 shell 安装命令补全。",
        "en": "Install completion for the current shell.",
    },
    "help_page.show_completion": {
        "zh": "显示当前 shell 的命令补全脚本，可复制或自行安装。",
        "en": "Show completion for the current shell, to copy it or customize the installation.",
    },
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
    "usage_extra_arguments": {
        "zh": "多余的参数：{arguments}",
        "en": "Got unexpected extra argument(s) ({arguments})",
    },
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
        "zh": "已创建 {path}：{count}的完成值待填写（{period}）",
        "en": "created {path}: the actuals of {count} to fill in ({period})",
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
    # --- table kinds, optional tasks, ids and levels ------------------------------------------
    "D012.title": {"zh": "指标层级不完整", "en": "indicator levels incomplete"},
    "D012.message": {
        "zh": "指标 “{name}” 缺少 {missing}；其他指标写了一级、二级指标",
        "en": "indicator '{name}' has no {missing}, while other indicators name their levels",
    },
    "D012.help": {
        "zh": "每个指标都写 level1 和 level2；或全表都不写，作为平铺的指标清单。",
        "en": "Give every indicator level1 and level2, or none of them for a flat list.",
    },
    "D013.title": {"zh": "表的种类缺少必填项", "en": "table kind incomplete"},
    "D013.message": {
        "zh": "kind: {kind} 的表须有 {key}:",
        "en": "a kind: {kind} table needs {key}:",
    },
    "D013.help": {
        "zh": "项目支出表（project）写 project:（项目名称）。没有 tasks: 又没写 kind: 的表按项目支出"
        "表读；部门整体支出表请写 kind: department。",
        "en": "A project table names its project: (项目名称). A table with no tasks: and no kind: "
        "is read as a project table; a department table writes kind: department.",
    },
    "D037.title": {"zh": "指标名称不唯一", "en": "indicator name not unique"},
    "D037.message": {
        "zh": "“{name}” 是 {count} 个三级指标的名称（编号 {ids}），不能据此确定是哪一个",
        "en": "'{name}' names {count} indicators (ids {ids}); it cannot say which one",
    },
    "D037.help": {
        "zh": "改用指标编号作键。",
        "en": "Use the indicator's id as the key.",
    },
    "D038.title": {"zh": "同一指标填了两次", "en": "indicator given twice"},
    "D038.message": {
        "zh": "“{key}” 与第 {first_line} 行的 “{first}” 是同一个指标（编号 {id}）",
        "en": "'{key}' is the same indicator (id {id}) as '{first}' on line {first_line}",
    },
    "D038.help": {
        "zh": "每个指标只填一次，用编号或名称均可。",
        "en": "Give each indicator once, by its id or by its name.",
    },
    "level.all_indicators": {"zh": "全部指标", "en": "all indicators"},
    "score.title_project": {
        "zh": "{subject} {year}年度项目支出绩效自评表（{period}）",
        "en": "{subject} — project expenditure self-evaluation {year} ({period})",
    },
    "show.title_project": {
        "zh": "{subject} {year}年度项目支出绩效目标表",
        "en": "{subject} — project expenditure performance targets {year}",
    },
    "show.budget_project": {"zh": "项目资金", "en": "Project funds"},
    # A project table's subject in a sentence or a title (`subject` in reports/project.py): the
    # official 项目支出 forms say `<项目名称>项目`; a name already ending so is not doubled.
    "project.subject": {"zh": "{project}项目", "en": "{project}"},
    "project.name": {"zh": "项目名称", "en": "Project"},
    "project.department": {"zh": "主管部门", "en": "Department in charge"},
    "project.implementer": {"zh": "实施单位", "en": "Implementing unit"},
    "project.goal": {"zh": "年度总体目标", "en": "Overall annual goal"},
    "project.goal_target": {"zh": "预期目标", "en": "Expected"},
    "project.goal_achieved": {"zh": "实际完成情况", "en": "Achieved"},
    "monitoring.title_project": {
        "zh": "{subject} {year}年度项目支出绩效运行监控（{period}，序时进度 {elapsed}）",
        "en": "{subject} — project expenditure monitoring {year} ({period}, {elapsed} of the "
        "year elapsed)",
    },
    "summary.title_project": {
        "zh": "{subject} {year}年度项目支出绩效自评报告",
        "en": "{subject} — project expenditure self-evaluation report {year}",
    },
    "summary.monitoring_title_project": {
        "zh": "{subject} {year}年度项目支出绩效运行监控报告（{period}）",
        "en": "{subject} — project expenditure monitoring report {year} ({period})",
    },
    "summary.form_title_project": {
        "zh": "项目支出绩效自评表",
        "en": "Project expenditure performance self-evaluation table",
    },
    "summary.form_year": {"zh": "（{year}年度）", "en": "({year})"},
    "summary.project_funds": {"zh": "项目资金（{unit}）", "en": "Project funds ({unit})"},
    "summary.funds_total": {"zh": "年度资金总额", "en": "Total funds"},
    "summary.of_which": {"zh": "其中：{source}", "en": "of which: {source}"},
    "summary.monitoring_form_title_project": {
        "zh": "{subject} {year}年度项目支出绩效运行监控表（{period}）",
        "en": "{subject} — project expenditure monitoring table {year} ({period})",
    },
}

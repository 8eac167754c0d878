"""What the commands say besides reports and diagnostics: progress notes, refusals, --verbose."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
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

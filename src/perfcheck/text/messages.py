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

"""Text reports on a narrow terminal (40 and 60 columns): names give way, numbers and codes are
never split, titles and footer lines are printed whole."""

from __future__ import annotations

import pytest

from tests.conftest import run

# (command, exit code, pieces that must each stand whole on one line: values, rates, ids,
# sparklines, and the footer lines)
REPORTS = {
    "score": (
        ("score", "actuals/2022Q4.yaml"),
        1,
        ["四川省成都市人民检察院部门 2022年度绩效自评（2022Q4）",
         "≥17次/年", "≥100册", "120册", "125.00%", "143.00%", "3-10.", "2.28  2.28 ✓",
         "未完成：3-2 围绕公益诉讼领域举办线下志愿者活动次数；"
         "2-8 监管场所派驻+巡回检察问题整改落实率",
         "超额完成（请分析目标是否设置偏低）：2-2 发布宣传稿件数量（143.00%）"],
    ),
    "monitoring": (
        ("score", "actuals/2022Q3.yaml"),
        1,
        ["四川省成都市人民检察院部门 2022年度绩效运行监控（2022Q3，序时进度 75.00%）",
         "12.75次/年", "262.5人次", "270人次", "133.33%", "3-10.",
         "预计年终得分（按全年预计值，未预计的累计指标按序时进度外推；仅供参考）：97.60（优）"],
    ),
    "trend": (
        ("trend", "actuals/"),
        0,
        ["四川省成都市人民检察院部门 2022年度绩效目标完成趋势（2022Q1–2022Q4）",
         "≥17次/年", "▂▃▆█", "3-10.",
         "预算执行率：2022Q1 21.03%（黄）  2022Q2 46.67%（绿）  2022Q3 70.99%（绿）  "
         "2022Q4 97.79%（绿）",
         "年终（2022Q4）：达成 32 个，未达成 2 个（3-2、2-8）"],
    ),
    "show": (
        ("show", "targets/chengdu_procuratorate_2022.yaml"),
        0,
        ["四川省成都市人民检察院部门 2022年度绩效目标表",
         "年度部门整体支出预算：资金总额 15,213.00（财政拨款 15,213.00，其他资金 0.00）",
         "≥17次/年", "3-10"],
    ),
    "portfolio": (
        ("portfolio", "actuals/", "--lang", "en"),
        0,
        ["Performance results: 4 tables, 0 files could not be read"],
    ),
}  # fmt: skip


@pytest.mark.parametrize("width", [40, 60])
@pytest.mark.parametrize("report", sorted(REPORTS))
def test_numbers_codes_and_footers_stand_whole(report: str, width: int) -> None:
    args, expected, pieces = REPORTS[report]
    code, out, _ = run(*args, "--color", "never", "--width", str(width))
    assert code == expected
    lines = out.splitlines()
    for piece in pieces:
        assert any(piece in line for line in lines), (piece, out)


@pytest.mark.parametrize("width", [40, 60])
def test_the_name_column_gives_way(width: int) -> None:
    """理论学习中心组专题学习次数 (13 characters, 26 cells) is wrapped at both widths, its id kept
    with the start of the name."""
    code, out, _ = run("score", "actuals/2022Q4.yaml", "--color", "never", "--width", str(width))
    assert code == 1
    assert "理论学习中心组专题学习次数" not in out
    assert "1-1.理" in out


@pytest.mark.parametrize("width", [40, 60, 100])
def test_prose_breaks_where_a_line_may_break(width: int) -> None:
    """Task contents and notes: no line starts with a closing mark or the rest of a number
    (rich alone left `、坚定“四个自信”` and `%以上` at the head of a line)."""
    from rich.cells import cell_len

    code, out, _ = run("show", "targets/chengdu_procuratorate_2022.yaml", "--width", str(width))
    assert code == 0
    prose = [line for line in out.splitlines() if line[:1] not in " ┏┃┡│├└"]  # not the table
    heads = [line for line in prose if line[:1] in "、，。）%：；”"]
    assert heads == []
    wrapped = [line for line in prose if "预算" not in line and "目标表" not in line]
    assert max(cell_len(line) for line in wrapped) <= width
    assert "满意度大于80%。" in out.replace("\n", "")

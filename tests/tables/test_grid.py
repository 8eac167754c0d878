from perfcheck.reading.tables.grid import Grid, PlaceStyle, column_letters


def test_column_letters_follow_spreadsheets() -> None:
    assert [column_letters(c) for c in (0, 3, 25, 26, 27, 51, 52, 701, 702)] == [
        "A",
        "D",
        "Z",
        "AA",
        "AB",
        "AZ",
        "BA",
        "ZZ",
        "AAA",
    ]


def test_places_name_cells_as_each_program_shows_them() -> None:
    rows = [["a", "b"], ["c", "d", "e"]]
    assert Grid("t.xlsx", "Sheet1", PlaceStyle.SHEET, rows).place(1, 2) == "Sheet1!C2"
    assert Grid("t.docx", "table 2", PlaceStyle.WORD, rows).place(6, 3) == "table 2!R7C4"
    text = Grid(
        "t.txt", "", PlaceStyle.TEXT, rows, text_lines=(3, 4), text_columns=((1, 3), (1, 3, 5))
    )
    assert text.place(1, 2) == "4:5"


def test_cells_outside_a_short_row_are_empty() -> None:
    grid = Grid("t.csv", "", PlaceStyle.TEXT, [["a"], []])
    assert (grid.cell(0, 0), grid.cell(0, 1), grid.cell(1, 0), grid.cell(5, 5)) == ("a", "", "", "")

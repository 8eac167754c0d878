"""Reading targets and values as published tables write them: `≥17次/年`, `=100%`, `不低于90%`,
`定性…`, `2023年12月底前`, `98%`, `1.2亿元`.

Unambiguous variants are normalised (look-alike symbols, ASCII operators, full-width digits,
thousands separators, 百分比); ambiguous ones are refused with the text to write instead.

- `target_text.py`: a target as a row prints it (`parse_target`), read into a quantity, a grade
  or a deadline;
- `comparators.py`: comparators and directions in their words (≥, 不低于, 以上; 正向, 反向);
- `numbers.py`: numbers, and the values written with them (`15,213.00`, `98%`, `≥266米`);
- `units.py`: units that are multiples of one another (元, 万元, 亿元; 人, 万人);
- `dates.py`: dates, deadlines and time ranges (2023年12月底前, 2023.07-2024.01);
- `spelling.py`: look-alike characters mapped to one spelling;
- `errors.py`: the error of a notation that cannot be read, with its diagnostic.
"""

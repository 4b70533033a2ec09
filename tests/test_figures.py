"""Figure extraction: what counts as a figure in Chinese prose."""

import pytest

from policy_site.fidelity.figures import find_figures


def figs(text):
    return [f for _, f in find_figures(text)]


@pytest.mark.parametrize("text, expected", [
    ("我国约有1170万小微企业，占企业总数的77%左右。", ["1170万", "77%"]),
    ("2014年1-6月，全国专利权质押融资金额突破235亿元，同比增长124%。", ["2014年1-6月", "235亿元", "124%"]),
    ("累计提供专利执行保险风险保障9505万元，为744家企业的2496件专利", ["9505万元", "744家", "2496件"]),
    ("今年8月29日，2013年底，2009年起", ["8月29日", "2013年底", "2009年"]),
    ("设立五家知识产权快速维权中心，一共是十五个方面，省、市、县三级", ["五家", "十五个方面", "三级"]),
    ("主要是两个方面，其利润率是7倍，存活率是3.7年", ["两个方面", "7倍", "3.7年"]),
    ("约有1,170万小微企业", ["1,170万"]),
    ("开通“12330”热线，１２３３０", ["12330", "１２３３０"]),
    # Not figures: ordinals, counts of one, q-ids are stripped before (see checks.prose_text).
    ("一是实施，第三，一个小微企业，一项工作，专利二次开发", []),
])
def test_find_figures(text, expected):
    assert figs(text) == expected

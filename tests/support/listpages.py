# ruff: noqa: E501 - the pages keep the long lines portals write
"""More list pages as portals write them, for the link finder: a list inside a <table>
with year-less dates across New Year, a <base href> page with links to subdomains and to
other sites under gov.cn, and the 质量网 list after a redesign (stories loaded by script)."""

from __future__ import annotations

TABLE_LIST = """<html><head><meta charset="gbk"><title>通知公告</title></head><body>
<table width="100%" class="top"><tr><td><a href="/">首页</a></td><td><a href="/tzgg/">通知公告</a></td>
<td><a href="/zcfg/">政策法规</a></td></tr></table>
<table class="main" width="960"><tr><td valign="top">
 <table width="100%" cellspacing="0">
  <tr><td class="bt"><a href="../tzgg/202601/t20260102_301.html">关于开展2026年度产品质量国家监督抽查的通知</a></td><td>[01-02]</td></tr>
  <tr><td class="bt"><a href="../tzgg/202512/t20251230_300.html">市场监管总局关于发布一批计量技术规范的公告</a></td><td>[12-30]</td></tr>
  <tr><td class="bt"><a href="../tzgg/202512/t20251228_299.html">关于征求强制性国家标准意见的通知</a></td><td>[12-28]</td></tr>
  <tr><td class="bt"><a href="http://www.samr.gov.cn/xw/202512/t20251227_1.html">国家市场监督管理总局：年终工作会议召开</a></td><td>[12-27]</td></tr>
  <tr><td class="bt"><a href="../tzgg/202512/t20251226_298.html#top">认证认可检验检测行业年度统计结果发布</a></td><td>[12-26]</td></tr>
 </table>
 <table width="100%"><tr><td><a href="index_1.html">下一页</a> <a href="index_5.html">尾页</a> 共5页</td></tr></table>
</td><td width="240" class="side"><a href="/zt/2025/">专题：质量月</a></td></tr></table>
<table class="bottom"><tr><td>友情链接：<a href="http://www.gov.cn/">中国政府网</a></td></tr></table>
</body></html>"""

BASE_LIST = """<html><head><meta charset="utf-8"><base href="http://www.example.com.cn/xwzx/">
<title>新闻中心</title></head><body>
<div id="header"><a href="/">首页</a><a href="/xwzx/">新闻中心</a><a href="/bmdt/">部门动态</a></div>
<div class="content"><ul class="news">
<li><a href="./2025/0728/c1004-101.shtml">全省质量工作会议召开 部署下半年重点任务</a><em>2025年07月28日</em></li>
<li><a href="http://news.example.com.cn/2025/0727/c1004-100.shtml?utm_source=wx&amp;spm=1.2">新闻分站：质量提升行动取得阶段性成效</a><em>2025年07月27日</em></li>
<li><a href="//www.example.com.cn:80/xwzx/2025/0726/c1004-99.shtml">计量惠民专项行动在全省展开 覆盖百余乡镇</a><em>2025年07月26日</em></li>
<li><a href="https://www.example.com.cn/xwzx/2025/0726/c1004-99.shtml">计量惠民专项行动在全省展开 覆盖百余乡镇</a><em>2025年07月26日</em></li>
<li><a href="http://www.other.gov.cn/2025/0725/c1004-98.shtml">另一家政府网站：标准化工作座谈会召开</a><em>2025年07月25日</em></li>
<li><a href="javascript:openArticle(97)">数字政务服务平台上线运行 群众办事更便捷</a><em>2025年07月24日</em></li>
<li><a href="#" onclick="show(96)">食品安全抽检信息公示 合格率保持高位</a><em>2025年07月23日</em></li>
</ul><a class="more" href="/xwzx/index_1.shtml">更多</a></div>
<div id="footer"><a href="/about/">关于我们</a> <a href="/contact/">联系我们</a></div>
</body></html>"""

REDESIGNED = """<html><head><meta charset="utf-8"><title>媒体报道-质量网</title></head><body>
<div class="nav"><a href="/">网站首页</a> <a href="/zlyq/">质量舆情</a> <a href="/mtbd/">媒体报道</a></div>
<div id="app" data-api="/api/mtbd/list.json"></div>
<script src="/static/list.js"></script>
<div class="footer"><a href="/about/">本网概况</a> <a href="/contact/">联系我们</a></div>
</body></html>"""

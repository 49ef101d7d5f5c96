# scripts/ts_tool.py: list or fill the unfinished entries of Qt Linguist .ts files.
#   python3 scripts/ts_tool.py list FILE.ts                 unfinished sources ([n] = plural forms)
#   python3 scripts/ts_tool.py fill FILE.ts OLD.ts TABLE.json [--same]
#   python3 scripts/ts_tool.py set FILE.ts TABLE.json     rewrites finished entries too (a reworded
#                                                          translation; plural forms as a list)
# fill takes each unfinished entry from TABLE.json ({source: text or [plural forms]}), else from
# OLD.ts (same source text, any context: a string that moved), else with --same the source itself
# (English). Run the update_translations target afterwards: lupdate rewrites the file its own way.
import sys, json, xml.etree.ElementTree as ET, re

def messages(root):
    for ctx in root.iter('context'):
        name = ctx.find('name').text
        for m in ctx.iter('message'):
            yield name, m

def unfinished(m):
    t = m.find('translation')
    return t is not None and t.get('type') == 'unfinished'

def main():
    cmd = sys.argv[1]
    if cmd == 'list':
        root = ET.parse(sys.argv[2]).getroot()
        for ctx, m in messages(root):
            if unfinished(m):
                n = '[n] ' if m.get('numerus') == 'yes' else ''
                print(json.dumps(m.find('source').text, ensure_ascii=False), '#', ctx, n)
        return
    if cmd == 'set':
        path, table = sys.argv[2], sys.argv[3]
        text = open(path, encoding='utf-8').read()
        tree = ET.parse(path); root = tree.getroot()
        extra = json.load(open(table, encoding='utf-8'))
        done = set()
        for ctx, m in messages(root):
            src = m.find('source').text
            t = m.find('translation')
            if src not in extra or t is None or t.get('type') in ('vanished', 'obsolete'):
                continue
            val = extra[src]
            if m.get('numerus') == 'yes':
                forms = t.findall('numerusform')
                vals = val if isinstance(val, list) else [val]
                for f, v in zip(forms, vals):
                    f.text = v
            else:
                for f in list(t):
                    t.remove(f)
                t.text = val if isinstance(val, str) else val[0]
            t.attrib.pop('type', None)
            done.add(src)
        head = text[:text.index('<TS')]
        open(path, 'w', encoding='utf-8').write(head + ET.tostring(root, encoding='unicode') + '\n')
        print('set:', len(done), 'of', len(extra), 'sources')
        return
    if cmd == 'fill':
        path, old, table = sys.argv[2], sys.argv[3], sys.argv[4]
        text = open(path, encoding='utf-8').read()
        tree = ET.parse(path); root = tree.getroot()
        known = {}
        if old != '-':
            for ctx, m in messages(ET.parse(old).getroot()):
                t = m.find('translation')
                if t is None or t.get('type') in ('unfinished', 'vanished', 'obsolete'):
                    continue
                forms = [f.text or '' for f in t.findall('numerusform')]
                known[m.find('source').text] = forms if forms else (t.text or '')
        extra = json.load(open(table, encoding='utf-8')) if table != '-' else {}
        left = 0
        for ctx, m in messages(root):
            if not unfinished(m):
                continue
            src = m.find('source').text
            val = extra.get(src, known.get(src))
            if val is None and sys.argv[5:] == ['--same'] and m.get('numerus') != 'yes':
                val = src
            if val is None:
                left += 1
                print('missing:', json.dumps(src, ensure_ascii=False), file=sys.stderr)
                continue
            t = m.find('translation')
            for f in list(t):
                t.remove(f)
            t.text = None
            del t.attrib['type']
            if m.get('numerus') == 'yes':
                forms = val if isinstance(val, list) else [val]
                t.text = '\n            '
                for i, f in enumerate(forms):
                    e = ET.SubElement(t, 'numerusform'); e.text = f
                    e.tail = '\n            ' if i + 1 < len(forms) else '\n        '
            else:
                t.text = val if isinstance(val, str) else val[0]
        head = text[:text.index('<TS')]
        body = ET.tostring(root, encoding='unicode')
        open(path, 'w', encoding='utf-8').write(head + body + '\n')
        print('left unfinished:', left)

main()

import { describe, expect, test } from "vitest";
import { renderRegisterCsv, type RegisterRow } from "../../packages/core/src/export/index.js";

const row = (fields: Partial<RegisterRow>): RegisterRow => ({
  id: "SECP77/01",
  meeting: "77",
  dateRaised: "2020-02-14",
  owner: "SECAS",
  due: "2020-06-12",
  text: "SECAS to complete the SoLR Project deliverables.",
  status: "Open",
  statusRemark: "carried forward to June",
  lastUpdateMeeting: "78",
  supersededBy: "",
  ...fields,
});

describe("renderRegisterCsv", () => {
  test("writes a header row and CRLF after every record (RFC 4180)", () => {
    expect(renderRegisterCsv([row({})])).toBe(
      "Action,Meeting,Date raised,Owner,Due,Action text,Status,Status remark,Last updated at meeting,Superseded by\r\n" +
        "SECP77/01,77,2020-02-14,SECAS,2020-06-12,SECAS to complete the SoLR Project deliverables.,Open,carried forward to June,78,\r\n",
    );
  });

  test("quotes fields with a comma, a quote, CR or LF, doubling quotes", () => {
    const csv = renderRegisterCsv([row({ owner: "SECAS, on behalf of the Panel,", text: 'The "Approved" Budget\r\nline two\nthree', supersededBy: "a\rb" })]);
    expect(csv.split("\r\n")[1]).toBe('SECP77/01,77,2020-02-14,"SECAS, on behalf of the Panel,",2020-06-12,"The ""Approved"" Budget');
    expect(csv).toContain('"a\rb"\r\n');
  });

  test("neutralises cells a spreadsheet would run as a formula", () => {
    const csv = renderRegisterCsv([row({ id: "=HYPERLINK(\"http://x\")", owner: "+SECAS", text: "-1+1", status: "@SUM(A1)", statusRemark: "=1", supersededBy: "\tx" })]);
    const record = csv.split("\r\n")[1]!;
    expect(record).toBe(`"'=HYPERLINK(""http://x"")",77,2020-02-14,'+SECAS,2020-06-12,'-1+1,'@SUM(A1),'=1,78,'\tx`);
  });

  test("an empty register is the header row alone; a BOM on request", () => {
    expect(renderRegisterCsv([])).toBe("Action,Meeting,Date raised,Owner,Due,Action text,Status,Status remark,Last updated at meeting,Superseded by\r\n");
    expect(renderRegisterCsv([], { bom: true }).startsWith("\uFEFFAction,")).toBe(true);
  });
});

import { riskOfName } from '../../../src/core/attachments';
import type { RiskCode } from '../../../src/core/attachments';

describe('risk from the file name', () => {
  it.each<[string, RiskCode[]]>([
    ['vedtak.pdf', []],
    ['Søknad om startlån.docx', []],
    ['budsjett 2025.xlsx', []],
    ['bilde.JPG', []],
    ['README', []],
    ['.bashrc', []],
    ['oppdatering.exe', ['executable']],
    ['OPPDATERING.EXE', ['executable']],
    ['skjermsparer.scr', ['executable']],
    ['snarvei.lnk', ['executable']],
    ['installer.msi', ['executable']],
    ['bibliotek.dll', ['executable']],
    ['kontrollpanel.cpl', ['executable']],
    ['app.jar', ['executable']],
    ['app.apk', ['executable']],
    ['kjør.bat', ['script']],
    ['kjør.cmd', ['script']],
    ['oppsett.ps1', ['script']],
    ['makro.vbs', ['script']],
    ['faktura.js', ['script']],
    ['faktura.jse', ['script']],
    ['jobb.wsf', ['script']],
    ['side.hta', ['script']],
    ['innstillinger.reg', ['script']],
    ['skript.sh', ['script']],
    ['vedtak.docm', ['macro']],
    ['mal.dotm', ['macro']],
    ['budsjett.xlsm', ['macro']],
    ['mal.xltm', ['macro']],
    ['tillegg.xlam', ['macro']],
    ['møte.pptm', ['macro']],
    ['pakke.zip', ['archive']],
    ['pakke.7z', ['archive']],
    ['pakke.rar', ['archive']],
    ['pakke.tar.gz', ['archive']],
    ['pakke.cab', ['archive']],
    ['pakke.arj', ['archive']],
    ['disk.iso', ['disk-image']],
    ['disk.img', ['disk-image']],
    ['disk.vhd', ['disk-image']],
    ['disk.vhdx', ['disk-image']],
    ['side.htm', ['html']],
    ['side.html', ['html']],
    ['side.xhtml', ['html']],
    ['side.shtml', ['html']],
    ['tegning.svg', ['html']],
    ['faktura.pdf.exe', ['executable', 'double-extension']],
    ['faktura.pdf     .exe', ['executable', 'double-extension']],
    ['faktura.docx.js', ['script', 'double-extension']],
    ['kvittering.pdf.html', ['html', 'double-extension']],
    ['kvittering.pdf.iso', ['disk-image', 'double-extension']],
    // macOS names a compressed file this way by itself: not a trick.
    ['rapport.pdf.zip', ['archive']],
    // Windows ignores trailing dots and spaces.
    ['faktura.exe. ', ['executable']],
    ['invoice\u202efdp.exe', ['rtl-override', 'executable']],
    ['kontrakt\u202excod.scr', ['rtl-override', 'executable']],
    ['C:\\Users\\kari\\faktura.pdf.exe', ['executable', 'double-extension']],
    // Issue 10: types Outlook blocks that were let through.
    ['notater.one', ['macro']],
    ['notater.onepkg', ['macro']],
    ['fjernskrivebord.rdp', ['blocked-type']],
    ['oppdatering.appinstaller', ['executable']],
    ['oppdatering.msu', ['executable']],
    ['start.jnlp', ['executable']],
    ['fargetema.theme', ['blocked-type']],
    ['søk.searchConnector-ms', ['blocked-type']],
    ['kommunen.website', ['blocked-type']],
    ['lenke.url', ['blocked-type']],
    ['bibliotek.library-ms', ['blocked-type']],
    ['sertifikat.cer', ['blocked-type']],
    ['pakke.msix', ['executable']],
    ['pakke.appxbundle', ['executable']],
    ['sandkasse.wsb', ['script']],
    ['database.accdb', ['macro']],
    // Case, trailing dots and spaces, and NTFS streams.
    ['Faktura.ExE', ['executable']],
    ['faktura.exe.', ['executable']],
    ['faktura.exe . . ', ['executable']],
    ['faktura.exe::$DATA', ['executable']],
    ['faktura.EXE::$data', ['executable']],
    ['faktura.exe:Zone.Identifier:$DATA', ['executable']],
    ['faktura.txt:skjult.exe', ['executable']],
    ['faktura.pdf.exe::$DATA', ['executable', 'double-extension']],
    ['vedtak.pdf:Zone.Identifier', []],
  ])('%j → %j', (name, expected) => {
    expect(riskOfName(name)).toEqual(expected);
  });

  /** Microsoft's list of file types blocked in Outlook ("Blocked attachments in Outlook"). */
  const OUTLOOK_BLOCKS =
    'ade adp app appcontent-ms application appref-ms asp aspx asx bas bat bgi cab cdxml cer chm ' +
    'cmd cnt com cpl crt csh der diagcab exe fxp gadget grp hlp hpj hta htc inf ins isp its jar ' +
    'jnlp js jse ksh lnk mad maf mag mam maq mar mas mat mau mav maw mcf mda mdb mde mdt mdw mdz ' +
    'msc msh msh1 msh2 mshxml msh1xml msh2xml msi msp mst msu ops osd pcd pif pl plg prf prg ' +
    'printerexport ps1 ps1xml ps2 ps2xml psc1 psc2 psd1 psdm1 pst py pyc pyo pyw pyz pyzw reg ' +
    'scf scr sct settingcontent-ms shb shs theme tmp udl url vb vbe vbp vbs vhd vhdx vsmacros vsw ' +
    'webpnp website ws wsb wsc wsf wsh xbap xll xnk appx appxbundle msix msixbundle';

  it.each(OUTLOOK_BLOCKS.split(' '))('flags .%s, which Outlook blocks, in any case', (ext) => {
    expect(riskOfName(`fil.${ext}`).length).toBeGreaterThan(0);
    expect(riskOfName(`FIL.${ext.toUpperCase()}`)).toEqual(riskOfName(`fil.${ext}`));
    expect(riskOfName(`fil.${ext}. `)).toEqual(riskOfName(`fil.${ext}`));
    expect(riskOfName(`fil.${ext}::$DATA`)).toEqual(riskOfName(`fil.${ext}`));
  });

  it('judges a name of dots and spaces in linear time', () => {
    const name = 'a' + '. '.repeat(200_000) + 'x';
    expect(riskOfName(name)).toEqual([]);
    expect(riskOfName(name + '.exe')).toEqual(['executable']);
  });
});

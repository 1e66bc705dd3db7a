// The no-op baseline of `activation_vscode_ms`: what VS Code reports for an extension that does nothing is the
// extension host's own share of an activation, which Report Lens's figure includes too.
exports.activate = function activate() {};

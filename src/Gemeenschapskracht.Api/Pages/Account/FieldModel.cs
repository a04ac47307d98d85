namespace Gemeenschapskracht.Api.Pages.Account;

/// <summary>One labelled input of a sign-in form, with its hint and its error (linked by aria-describedby).</summary>
public sealed record FieldModel(
    string Name, string Label, string Type, string Autocomplete, string? Value, string? Error,
    string? Hint = null, string? InputMode = null);

using Microsoft.AspNetCore.Identity;

namespace Gemeenschapskracht.Infrastructure.Identity;

/// <summary>ASP.NET Core Identity's messages, in Dutch.</summary>
public sealed class DutchIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"Het wachtwoord moet ten minste {length} tekens lang zijn.");
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Het wachtwoord moet een cijfer bevatten.");
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Het wachtwoord moet een kleine letter bevatten.");
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Het wachtwoord moet een hoofdletter bevatten.");
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "Het wachtwoord moet een leesteken of symbool bevatten.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), $"Het wachtwoord moet ten minste {uniqueChars} verschillende tekens bevatten.");
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), $"Er bestaat al een account met e-mailadres {email}.");
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"Er bestaat al een account met de naam {userName}.");
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), $"E-mailadres '{email}' is ongeldig.");
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Deze link is ongeldig of verlopen.");
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Het wachtwoord klopt niet.");
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Er ging iets mis.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}

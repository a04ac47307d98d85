namespace Gemeenschapskracht.Application.Common.Validation;

/// <summary>
/// A command without a validator says why: every other command has an <c>AbstractValidator</c> beside it
/// (a convention test checks it), so that a command added without validation is noticed, not shipped.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class NoValidatorAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}

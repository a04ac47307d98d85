using FluentValidation;
using FluentValidation.Results;

namespace Gemeenschapskracht.Application.Common.Validation;

/// <summary>A validation error a handler finds in the database (an unknown id, a missing role), reported like the validator's own.</summary>
public static class Invoerfout
{
    public static ValidationException Bij(string veld, string melding) => new([new ValidationFailure(veld, melding)]);
}

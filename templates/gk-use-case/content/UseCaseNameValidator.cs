using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;

namespace Gemeenschapskracht.Application.FeatureName.KindFolder.UseCaseName;

public sealed class UseCaseNameValidator : AbstractValidator<UseCaseNameKindSuffix>
{
    public UseCaseNameValidator()
    {
        // Text fields: RuleFor(c => c.Naam).RequiredText("de naam van het wijkbeeld", 200);
        // Messages are Dutch and say what to do.
    }
}

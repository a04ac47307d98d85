using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;

namespace Gemeenschapskracht.Application.Wijkbeelden.Commands.AddSterkhouder;

public sealed class AddSterkhouderValidator : AbstractValidator<AddSterkhouderCommand>
{
    public AddSterkhouderValidator()
    {
        RuleFor(c => c.Naam).RequiredText("de naam van de sterkhouder", 200);
        RuleFor(c => c.Rol).IsInEnum().WithMessage("Kies informant, gesprekspartner of meedenker.");
        RuleFor(c => c.Domein).SafeText("het domein").MaximumLength(200).WithMessage("Het domein mag hoogstens 200 tekens lang zijn.");
        RuleFor(c => c.Contact).SafeText("de contactgegevens").MaximumLength(200).WithMessage("De contactgegevens mogen hoogstens 200 tekens lang zijn.");
        RuleFor(c => c.ToestemmingWijze).SafeText("hoe de toestemming is gegeven").MaximumLength(200).WithMessage("Hoogstens 200 tekens.");
    }
}

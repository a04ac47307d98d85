using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Wijkbudgetten.Shared;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Commands.CreateBudgetmethodiek;

public sealed class CreateBudgetmethodiekValidator : AbstractValidator<CreateBudgetmethodiekCommand>
{
    public CreateBudgetmethodiekValidator()
    {
        RuleFor(c => c.Titel).RequiredText("de titel van de methodiek", 200);
        RuleFor(c => c.Inhoud).NotNull().WithMessage("Geef de inhoud van de methodiek op.").SetValidator(new MethodiekInhoudInvoerValidator());
    }
}
